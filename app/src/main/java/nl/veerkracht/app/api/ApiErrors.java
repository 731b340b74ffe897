package nl.veerkracht.app.api;

import java.util.List;
import java.util.Map;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the REST API as the interface specification defines them. */
@RestControllerAdvice(basePackages = "nl.veerkracht.app")
public class ApiErrors {

  /** The 400 body of the specification. */
  public record InvalidInputBody(String error, List<Problem> problems) {
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<InvalidInputBody> invalidInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(new InvalidInputBody("invalid input", e.problems()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, String>> conflict(ConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message", e.getMessage()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found", "message", e.getMessage()));
  }
}
