package nl.veerkracht.app.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link of the language switch in the header: the same page with the same query, in the
 * other language ({@code ?dataset=3&lang=en}), so switching never loses what is shown. Only a
 * GET's query is kept: a form's fields (a password) never go into a link.
 */
@Component("languageSwitch")
public class LanguageSwitch {

  /** A relative link (query only) to the current page in the other language: English, or Dutch when English is shown. */
  public String link() {
    return to(Formats.of(LocaleContextHolder.getLocale()).english() ? "nl" : "en");
  }

  /** A relative link (query only) to the current page in the given language. */
  public String to(String language) {
    UriComponentsBuilder link = UriComponentsBuilder.newInstance();
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        && "GET".equals(attributes.getRequest().getMethod())) {
      HttpServletRequest request = attributes.getRequest();
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        if (!parameter.getKey().equals("lang")) {
          link.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
        }
      }
    }
    return link.queryParam("lang", language).encode().build().toUriString();
  }
}
