package nl.veerkracht.app.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veerkracht.scenario.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Problems of an input as a reader sees them: the message in the reader's language (from its
 * code, {@code problem.<code>}; a problem without a code keeps its English text) and, on pages,
 * the field named by its label ({@code units[3].rent} is "Woningen 4 › Huur") rather than its
 * path. Field labels are the messages {@code field.<name>}; a name without one is shown as it is.
 */
@Component("problemTexts")
public class ProblemTexts {

  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");
  private static final String BETWEEN = " › ";

  /** A problem as a page shows it. */
  public record Shown(String field, String path, String message) {
  }

  private final MessageSource messages;

  public ProblemTexts(MessageSource messages) {
    this.messages = messages;
  }

  /** The problems for a page, in the request's language. */
  public List<Shown> of(List<Problem> problems) {
    Locale locale = LocaleContextHolder.getLocale();
    return problems.stream().map(p -> new Shown(field(p.path(), locale), p.path(), message(p, locale))).toList();
  }

  /** The problem with its message in the given language and its path as it is (the API's body). */
  public Problem localized(Problem problem, Locale locale) {
    return new Problem(problem.path(), message(problem, locale));
  }

  /** The message in the given language. */
  public String message(Problem problem, Locale locale) {
    if (problem.code() == null) {
      return problem.message();
    }
    return messages.getMessage("problem." + problem.code(), problem.args().toArray(), problem.message(), locale);
  }

  /** A path's field in words: each name by its label, each index counted from 1. */
  public String field(String path, Locale locale) {
    if (path == null || path.equals("$")) {
      return messages.getMessage("field.$", null, locale);
    }
    List<String> parts = new ArrayList<>();
    Matcher segment = SEGMENT.matcher(path);
    while (segment.find()) {
      if (segment.group(2) != null && !parts.isEmpty()) {
        int last = parts.size() - 1;
        parts.set(last, parts.get(last) + " " + (Integer.parseInt(segment.group(2)) + 1));
      } else if (segment.group(1) != null) {
        parts.add(messages.getMessage("field." + segment.group(1), null, segment.group(1), locale));
      }
    }
    return String.join(BETWEEN, parts);
  }
}
