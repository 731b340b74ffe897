package nl.veerkracht.democity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Invented street names, unique in the city. As in real Dutch neighbourhoods each buurt has a
 * theme (birds, painters, rivers, ...) and its streets are named after it: a word of the theme
 * and a kind of street ({@code Merelstraat}, {@code Vermeerlaan}). When a theme runs out the
 * next one is used.
 */
final class StreetNames {

  static final String RESOURCE = "assumptions/street_names.csv";
  private static final List<String> KINDS = List.of("straat", "laan", "weg", "plein", "kade", "singel", "hof",
      "pad", "dreef", "erf", "plantsoen", "dijk");

  private final List<List<String>> themes;
  private final Draw draw;
  private final Set<String> used = new HashSet<>();
  private int nextTheme;

  StreetNames(long seed) {
    this.draw = new Draw(seed, "street-names");
    Map<String, List<String>> wordsByTheme = new LinkedHashMap<>();
    for (CSVRecord row : CsvTable.read(RESOURCE).records()) {
      wordsByTheme.computeIfAbsent(row.get("theme"), t -> new ArrayList<>()).add(row.get("word"));
    }
    this.themes = new ArrayList<>();
    wordsByTheme.values().forEach(words -> themes.add(names(words)));
    draw.shuffle(themes);
  }

  /** A theme's names in the order they are given out: every word once before any word twice. */
  private List<String> names(List<String> words) {
    List<String> shuffledWords = new ArrayList<>(words);
    draw.shuffle(shuffledWords);
    List<List<String>> kindsPerWord = new ArrayList<>();
    shuffledWords.forEach(word -> {
      List<String> kinds = new ArrayList<>(KINDS);
      draw.shuffle(kinds);
      kindsPerWord.add(kinds);
    });
    List<String> names = new ArrayList<>();
    for (int round = 0; round < KINDS.size(); round++) {
      for (int i = 0; i < shuffledWords.size(); i++) {
        names.add(shuffledWords.get(i) + kindsPerWord.get(i).get(round));
      }
    }
    return names;
  }

  /** The names of {@code count} streets of one buurt, from its theme onwards. */
  List<String> forBuurt(int count) {
    List<String> names = new ArrayList<>(count);
    int theme = nextTheme;
    nextTheme = (nextTheme + 1) % themes.size();
    for (int tried = 0; names.size() < count; tried++) {
      if (tried == themes.size()) {
        throw new IllegalStateException("more streets than street names");
      }
      for (String name : themes.get((theme + tried) % themes.size())) {
        if (names.size() < count && used.add(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
