package nl.veerkracht.app.i18n;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: Dutch unless English is asked for. Pages ask with {@code ?lang=en}
 * (kept in a cookie); the API asks per request with {@code ?lang=en} or
 * {@code Accept-Language: en}. Every language but English gives Dutch.
 */
public class ReaderLocale extends CookieLocaleResolver {

  public static final String COOKIE = "veerkracht-lang";

  public ReaderLocale() {
    super(COOKIE);
    setDefaultLocale(Formats.DUTCH);
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (isApi(request)) {
      String lang = request.getParameter("lang");
      if (lang != null) {
        return supported(Locale.forLanguageTag(lang));
      }
      if (request.getHeader("Accept-Language") != null) {
        return supported(request.getLocale());
      }
    }
    return supported(super.resolveLocale(request));
  }

  /** A request to the REST API, also when it is being answered by the error controller. */
  public static boolean isApi(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String text ? text : request.getRequestURI();
    String path = uri.substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Formats.DUTCH;
  }
}
