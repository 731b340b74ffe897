package nl.veerkracht.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import nl.veerkracht.app.api.ConflictException;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.i18n.ProblemTexts;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page answers when its controller throws: the error page of the status
 * ({@link ErrorPages}) with the reason in the reader's language. The REST API's controllers
 * answer with {@code api.ApiErrors} instead, which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrors {

  private final MessageSource messages;
  private final ProblemTexts problemTexts;

  public PageErrors(MessageSource messages, ProblemTexts problemTexts) {
    this.messages = messages;
    this.problemTexts = problemTexts;
  }

  @ExceptionHandler(NotFoundException.class)
  void notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    answer(HttpStatus.NOT_FOUND, messages.getMessage(e, locale), request, response);
  }

  /** {@code Optional.orElseThrow()}: what the page shows does not exist. */
  @ExceptionHandler(NoSuchElementException.class)
  void absent(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(HttpStatus.NOT_FOUND, null, request, response);
  }

  @ExceptionHandler(ConflictException.class)
  void conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws IOException {
    answer(HttpStatus.CONFLICT, messages.getMessage(e, locale), request, response);
  }

  @ExceptionHandler(InvalidInputException.class)
  void invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(HttpStatus.BAD_REQUEST, problemTexts.of(e.problems()).stream()
        .map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining("; ")), request, response);
  }

  private static void answer(HttpStatus status, String detail, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setAttribute(ErrorPages.DETAIL, detail);
    response.sendError(status.value());
  }

}
