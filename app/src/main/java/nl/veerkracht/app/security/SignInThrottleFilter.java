package nl.veerkracht.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a sign-in for a locked account (see {@link SignInAttempts}) with 429 and
 * {@code Retry-After} before any password is checked: the login form and the password change
 * form by their {@code username} field, the API by its HTTP Basic credentials. The API gets a
 * JSON error, a form the page it came from with the message.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

  public static final String LOCKED_MINUTES = "signInLockedMinutes";
  /** Where a locked form sign-in is forwarded to be shown again with the message (any method). */
  public static final String LOCKED_PAGE = "/sign-in/locked";

  private final SignInAttempts attempts;
  private final MessageSource messages;
  private final LocaleResolver locales;

  public SignInThrottleFilter(SignInAttempts attempts, MessageSource messages, LocaleResolver locales) {
    this.attempts = attempts;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> form = formSignIn(request);
    Optional<String> username = form.isPresent() ? form : basicUsername(request);
    Optional<Duration> locked = username.flatMap(attempts::refuse);
    if (locked.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, locked.get().toSeconds());
    long minutes = (seconds + 59) / 60;
    response.setStatus(429);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    Locale locale = locales.resolveLocale(request);
    if (form.isPresent()) {
      request.setAttribute(LOCKED_MINUTES, minutes);
      request.getRequestDispatcher(LOCKED_PAGE + path(request)).forward(request, response);
    } else {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String message = messages.getMessage("signIn.locked", new Object[] {minutes}, locale).replace("\"", "'");
      response.getWriter().write("{\"error\":\"too many requests\",\"message\":\"" + message + "\"}");
    }
  }

  private static Optional<String> formSignIn(HttpServletRequest request) {
    boolean form = "POST".equals(request.getMethod())
        && ("/login".equals(path(request)) || "/password".equals(path(request)));
    return form ? Optional.ofNullable(request.getParameter("username")) : Optional.empty();
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static Optional<String> basicUsername(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
