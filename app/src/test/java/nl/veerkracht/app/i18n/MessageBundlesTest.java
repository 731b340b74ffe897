package nl.veerkracht.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Dutch and the English bundle of each pair (the application's messages, the scenario's
 * problems) hold the same keys, each once, each with a text, and no key is in both pairs.
 */
class MessageBundlesTest {

  static final String DUTCH = "messages.properties";
  static final String ENGLISH = "messages_en.properties";
  static final String PROBLEMS_DUTCH = "nl/veerkracht/scenario/problems.properties";
  static final String PROBLEMS_ENGLISH = "nl/veerkracht/scenario/problems_en.properties";
  static final List<List<String>> PAIRS = List.of(List.of(DUTCH, ENGLISH), List.of(PROBLEMS_DUTCH, PROBLEMS_ENGLISH));

  @Test
  void everyKeyIsInBothBundles() throws IOException {
    for (List<String> pair : PAIRS) {
      Set<String> dutch = read(pair.get(0)).keySet();
      Set<String> english = read(pair.get(1)).keySet();

      assertThat(difference(dutch, english)).as("keys only in " + pair.get(0)).isEmpty();
      assertThat(difference(english, dutch)).as("keys only in " + pair.get(1)).isEmpty();
    }
  }

  @Test
  void theApplicationDoesNotRedefineAProblemOfTheScenario() throws IOException {
    Set<String> both = new TreeSet<>(read(DUTCH).keySet());
    both.retainAll(read(PROBLEMS_DUTCH).keySet());
    assertThat(both).isEmpty();
  }

  @Test
  void noKeyIsDefinedTwiceOrLeftEmpty() throws IOException {
    for (String bundle : List.of(DUTCH, ENGLISH, PROBLEMS_DUTCH, PROBLEMS_ENGLISH)) {
      List<String> duplicates = new ArrayList<>();
      List<String> empty = new ArrayList<>();
      Map<String, String> seen = new LinkedHashMap<>();
      for (String[] entry : entries(bundle)) {
        if (seen.put(entry[0], entry[1]) != null) {
          duplicates.add(entry[0]);
        }
        if (entry[1].isBlank()) {
          empty.add(entry[0]);
        }
      }
      assertThat(duplicates).as("keys defined twice in " + bundle).isEmpty();
      assertThat(empty).as("empty texts in " + bundle).isEmpty();
    }
  }

  @Test
  void everyConstantOfALabelledEnumHasItsLabel() throws IOException {
    Set<String> dutch = read(DUTCH).keySet();
    List<String> missing = new ArrayList<>();
    Labels.PREFIXES.forEach((type, prefix) -> {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (!dutch.contains(Labels.key(constant))) {
          missing.add(Labels.key(constant));
        }
      }
    });
    assertThat(missing).as("labels missing in " + DUTCH + " (the English bundle is checked above)").isEmpty();
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> only = new TreeSet<>(a);
    only.removeAll(b);
    return only;
  }

  static Map<String, String> read(String bundle) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String[] entry : entries(bundle)) {
      texts.put(entry[0], entry[1]);
    }
    return texts;
  }

  /** Key and text of each line, in file order (java.util.Properties would hide duplicates). */
  private static List<String[]> entries(String bundle) throws IOException {
    List<String[]> entries = new ArrayList<>();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
      assertThat(in).as(bundle).isNotNull();
      String previous = "";
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String logical = previous + line;
        if (logical.endsWith("\\")) {
          previous = logical.substring(0, logical.length() - 1);
          continue;
        }
        previous = "";
        String trimmed = logical.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
          continue;
        }
        int separator = trimmed.indexOf('=');
        assertThat(separator).as("line without '=' in " + bundle + ": " + trimmed).isPositive();
        entries.add(new String[] {trimmed.substring(0, separator).strip(), trimmed.substring(separator + 1).strip()});
      }
    }
    return entries;
  }
}
