package nl.veerkracht.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.app.i18n.ReaderLocale;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Every error the service answers outside a controller's own handling (an unknown page, a
 * wrong role, a value that does not convert, an unexpected failure): a page in the site's
 * layout in the reader's language that says in plain words what went wrong and leads back, or,
 * for the REST API, the JSON error body. No exception text ever reaches the reader; a
 * controller may set a text it rendered itself as the request attribute {@link #DETAIL}.
 */
@Controller
public class ErrorPages implements ErrorController {

  /** A request attribute: a text, already in the reader's language, that says what was wrong. */
  public static final String DETAIL = ErrorPages.class.getName() + ".detail";

  /** The statuses that have texts of their own ({@code error.<status>.*}); others get 400 or 500's. */
  static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 413, 500, 503);

  private final MessageSource messages;

  public ErrorPages(MessageSource messages) {
    this.messages = messages;
  }

  @RequestMapping("${server.error.path:/error}")
  ModelAndView error(HttpServletRequest request, Locale locale) {
    HttpStatus status = status(request);
    int explained = explained(status.value());
    String detail = request.getAttribute(DETAIL) instanceof String text ? text : null;
    if (ReaderLocale.isApi(request)) {
      String message = detail != null ? detail : messages.getMessage("error." + explained + ".title", null, locale);
      ModelAndView json = new ModelAndView(new MappingJackson2JsonView(),
          Map.of("error", status.getReasonPhrase().toLowerCase(Locale.ROOT), "message", message));
      json.setStatus(status);
      return json;
    }
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("explained", explained);
    page.addObject("detail", detail);
    return page;
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
  }

  static int explained(int status) {
    return EXPLAINED.contains(status) ? status : status < 500 ? 400 : 500;
  }
}
