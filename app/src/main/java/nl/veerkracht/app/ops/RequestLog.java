package nl.veerkracht.app.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per request: method, the route it matched (its pattern, {@code /api/v1/decisions/{id}},
 * never the path itself, the query or who asked: no personal data), status and duration in ms.
 * A request that reached no route (refused before, or unknown) is logged as {@code (no route)}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger("nl.veerkracht.request");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
      log.info("{} {} {} {} ms", request.getMethod(), route == null ? "(no route)" : route, response.getStatus(),
          (System.nanoTime() - start) / 1_000_000);
    }
  }
}
