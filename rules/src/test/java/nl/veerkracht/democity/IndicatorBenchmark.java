package nl.veerkracht.democity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.IndicatorReport;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * Times the indicator model over every street of the demo city (seed 7) against the floor:
 * reading the same streets from their JSON. Run with
 * {@code mvn -q -pl democity test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.veerkracht.democity.IndicatorBenchmark}.
 */
public final class IndicatorBenchmark {

  private static final int WARM_UP = 5;
  private static final int RUNS = 15;

  private IndicatorBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = ScenarioJson.mapper();
    List<Area> city = DemoCity.generate(7, 1.0).areas();
    byte[] json = mapper.writeValueAsBytes(city);
    TypeReference<List<Area>> areas = new TypeReference<>() { };

    List<Double> reading = new ArrayList<>();
    List<Double> model = new ArrayList<>();
    IndicatorReport report = null;
    for (int run = 0; run < WARM_UP + RUNS; run++) {
      long start = System.nanoTime();
      List<Area> read = mapper.readValue(json, areas);
      long afterRead = System.nanoTime();
      report = IndicatorModel.report(read, ModelParameters.DEFAULTS);
      long end = System.nanoTime();
      if (run >= WARM_UP) {
        reading.add((afterRead - start) / 1e6);
        model.add((end - afterRead) / 1e6);
      }
    }
    System.out.printf("indicator model, demo city seed 7: %d streets, %d areas in the report%n", city.size(),
        report.areas().size());
    System.out.printf("  reading the streets (floor): median %.1f ms, p95 %.1f ms%n", median(reading), p95(reading));
    System.out.printf("  indicator model:             median %.1f ms, p95 %.1f ms (goal: under 2000 ms)%n",
        median(model), p95(model));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static double p95(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
  }
}
