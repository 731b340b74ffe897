package nl.veerkracht.app.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.veerkracht.app.i18n.ProblemTexts;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the REST API as the interface specification defines them, with the
 * {@code message} in the reader's language (Dutch unless English is asked for). Pages get
 * error pages instead ({@code web.PageErrors}, {@code web.ErrorPages}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {

  /** The 400 body of the specification. */
  public record InvalidInputBody(String error, List<Problem> problems) {
  }

  private final MessageSource messages;
  private final ProblemTexts problemTexts;

  public ApiErrors(MessageSource messages, ProblemTexts problemTexts) {
    this.messages = messages;
    this.problemTexts = problemTexts;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<InvalidInputBody> invalidInput(InvalidInputException e, Locale locale) {
    return invalid(e.problems(), locale);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<InvalidInputBody> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
    return invalid(List.of(new Problem(e.getName(), messages.getMessage("problem.invalidValue", null, locale))), locale);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<InvalidInputBody> missing(MissingServletRequestParameterException e, Locale locale) {
    return invalid(List.of(Problem.coded(e.getParameterName(), "required")), locale);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<InvalidInputBody> unreadable(HttpMessageNotReadableException e, Locale locale) {
    return invalid(List.of(Problem.coded("$", "notJson", e.getMostSpecificCause().getMessage())), locale);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, String>> conflict(ConflictException e, Locale locale) {
    return error(HttpStatus.CONFLICT, e, locale);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NotFoundException e, Locale locale) {
    return error(HttpStatus.NOT_FOUND, e, locale);
  }

  private ResponseEntity<InvalidInputBody> invalid(List<Problem> problems, Locale locale) {
    return ResponseEntity.badRequest().body(new InvalidInputBody("invalid input",
        problems.stream().map(problem -> problemTexts.localized(problem, locale)).toList()));
  }

  private ResponseEntity<Map<String, String>> error(HttpStatus status, MessageSourceResolvable reason, Locale locale) {
    return ResponseEntity.status(status)
        .body(Map.of("error", status.getReasonPhrase().toLowerCase(Locale.ROOT), "message",
            messages.getMessage(reason, locale)));
  }
}
