package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import nl.veerkracht.scenario.ScenarioWriter;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Differential test: on random valid scenarios the Drools rule base and the plain Java
 * implementation of the same rules give equal evaluations, every field included (verdicts,
 * ranks, groups, vacancy flags, traces with rule names, codes, outcomes and details, and the
 * decision inputs with the letting state).
 */
class DroolsMatchesPlainPropertyTest {

  private static final PlainLettingRules PLAIN = new PlainLettingRules();

  @Property(tries = 400)
  void droolsAndPlainJavaLetAlike(@ForAll long seed) {
    Scenario scenario = generated(seed);

    Evaluation drools = LettingRun.evaluate(scenario, RuleBase.current());
    Evaluation plain = LettingRun.evaluate(scenario, PLAIN, drools.rules());

    assertThat(json(plain)).as("seed %d, scenario %s", seed, ScenarioWriter.toJson(scenario)).isEqualTo(json(drools));
    assertThat(plain).isEqualTo(drools);
  }

  /** The generator is only useful when its scenarios make every rule of the rule base fire. */
  @Example
  void generatedScenariosReachEveryRule() {
    Set<String> fired = new TreeSet<>();
    Set<String> statuses = new TreeSet<>();
    boolean crossedYear = false;
    for (long seed = 0; seed < 200; seed++) {
      Scenario scenario = generated(seed);
      Evaluation evaluation = LettingRun.evaluate(scenario, PLAIN, new Evaluation.RulesRef("plain", "-"));
      for (VacancyDecision vacancy : evaluation.vacancies()) {
        vacancy.trace().forEach(entry -> fired.add(entry.rule()));
        vacancy.candidates().forEach(candidate -> {
          statuses.add(candidate.status().name());
          candidate.trace().forEach(entry -> fired.add(entry.rule()));
        });
      }
      crossedYear |= scenario.vacancies().stream().map(v -> v.publishedOn().getYear()).distinct().count() > 1;
    }
    assertThat(fired).isEqualTo(RuleBase.current().catalogue().keySet());
    assertThat(statuses).containsExactly("ALREADY_ALLOCATED", "ELIGIBLE", "REFUSED");
    assertThat(crossedYear).isTrue();
  }

  /** A generated scenario, written and read back so that it passes the reader's validation. */
  static Scenario generated(long seed) {
    Scenario generated = new ScenarioGenerator(seed, ScenarioGenerator.Shape.small(new Random(~seed))).generate();
    return ScenarioReader.read(ScenarioWriter.toJson(generated).getBytes(StandardCharsets.UTF_8));
  }

  private static String json(Evaluation evaluation) {
    return ScenarioJson.mapper().valueToTree(evaluation).toPrettyString();
  }
}
