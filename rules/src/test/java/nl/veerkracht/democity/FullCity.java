package nl.veerkracht.democity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioWriter;

/** The whole demo city of seed 7, generated once for all tests of a run. */
final class FullCity {

  static final Scenario SCENARIO = DemoCity.generate(DemoCity.DEFAULT_SEED);
  static final byte[] BYTES = ScenarioWriter.toJson(SCENARIO).getBytes(StandardCharsets.UTF_8);

  private FullCity() {
  }

  /** Items grouped by the buurt code a function gives, in buurt-code order. */
  static <T> Map<String, List<T>> byBuurt(List<T> items, Function<T, String> buurt) {
    return items.stream().collect(Collectors.groupingBy(buurt, TreeMap::new, Collectors.toList()));
  }
}
