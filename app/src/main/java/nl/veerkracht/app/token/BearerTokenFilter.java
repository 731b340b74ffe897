package nl.veerkracht.app.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: a valid token signs the request in as its
 * holder with its role; an unknown or revoked one is refused with 401 and
 * {@code WWW-Authenticate: Bearer ... error="invalid_token"}, before any other sign-in is tried.
 * A token cannot be guessed (32 random bytes), so failures are not counted as sign-in failures.
 * When the database cannot be reached the answer is 503, as for HTTP Basic.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;

  public BearerTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiTokens.Holder> holder;
    try {
      holder = tokens.authenticate(header.substring(BEARER.length()).trim());
    } catch (DataAccessResourceFailureException | CannotCreateTransactionException unreachable) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "10");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    if (holder.isEmpty()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"veerkracht\", error=\"invalid_token\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new TokenAuthentication(holder.get()));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
