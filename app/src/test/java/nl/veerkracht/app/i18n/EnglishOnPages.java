package nl.veerkracht.app.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a page in Dutch must not show: a text of the English bundles (a value that differs
 * from the Dutch one, or a literal part of it between its parameters), a number in English
 * format ({@code 45.2}, {@code € 634.46}, {@code 95.4%}), an ISO date or a raw instant. Only the
 * visible text counts, and not the text of {@code <code>} elements (ids, paths, versions, which
 * are the same in every language).
 */
public final class EnglishOnPages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
  private static final int SHORTEST_FRAGMENT = 4;
  private static final List<Pattern> ENGLISH_FORMATS = List.of(
      Pattern.compile("(?<![\\d.,])\\d+\\.(\\d{1,2}|\\d{4,})(?![\\d.,])"),
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),
      Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z\\b"));

  private final Set<String> englishTexts;

  private EnglishOnPages(Set<String> englishTexts) {
    this.englishTexts = englishTexts;
  }

  /** From the application's and the scenario problems' bundles. */
  public static EnglishOnPages fromBundles() {
    try {
      Map<String, String> dutch = MessageBundlesTest.read(MessageBundlesTest.DUTCH);
      dutch.putAll(MessageBundlesTest.read(MessageBundlesTest.PROBLEMS_DUTCH));
      Map<String, String> english = MessageBundlesTest.read(MessageBundlesTest.ENGLISH);
      english.putAll(MessageBundlesTest.read(MessageBundlesTest.PROBLEMS_ENGLISH));
      return of(dutch, english);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The literal fragments of the English texts that no Dutch text contains: what cannot be on a
   * Dutch page unless English leaked onto it.
   */
  static EnglishOnPages of(Map<String, String> dutch, Map<String, String> english) {
    String allDutch = String.join("\n", dutch.values());
    Set<String> texts = new LinkedHashSet<>();
    english.forEach((key, value) -> {
      if (value.equals(dutch.get(key))) {
        return;
      }
      for (String fragment : PLACEHOLDER.split(unquote(value))) {
        String literal = fragment.strip();
        if (literal.length() >= SHORTEST_FRAGMENT && literal.chars().anyMatch(Character::isLetter)
            && !allDutch.contains(literal)) {
          texts.add(literal);
        }
      }
    });
    return new EnglishOnPages(texts);
  }

  /** What is English on the page; empty when it is Dutch throughout. */
  public Set<String> in(String html) {
    String text = visibleText(html);
    Set<String> found = new LinkedHashSet<>();
    for (String english : englishTexts) {
      if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(english) + "(?![\\p{L}\\d])").matcher(text).find()) {
        found.add("English text: " + english);
      }
    }
    for (Pattern format : ENGLISH_FORMATS) {
      Matcher matcher = format.matcher(text);
      while (matcher.find()) {
        found.add("English format: " + around(text, matcher.start(), matcher.end()));
      }
    }
    return found;
  }

  /** The texts searched for (for a test that the search can fail). */
  Collection<String> englishTexts() {
    return englishTexts;
  }

  static String visibleText(String html) {
    String text = html.replaceAll("(?is)<(script|style|code|head)\\b.*?</\\1>", " ")
        .replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("<[^>]*>", "\n");
    return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private static String unquote(String messageFormat) {
    return messageFormat.replace("''", "'");
  }

  private static String around(String text, int start, int end) {
    return "…" + text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).replaceAll("\\s+", " ")
        + "…";
  }
}
