package nl.veerkracht.app.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When PostgreSQL cannot be reached (no connection within the pool's timeout, or a connection
 * lost mid-request), pages and the API answer 503 with a message that says so (web.ErrorPages), rather than a
 * bare 500. Nothing is half-written: the request's transaction never committed. The service
 * recovers by itself once the database is back (the pool opens new connections).
 */
@ControllerAdvice(basePackages = "nl.veerkracht.app")
public class DatabaseUnavailable {

  @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
  void unavailable(HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", "10");
    response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
  }
}
