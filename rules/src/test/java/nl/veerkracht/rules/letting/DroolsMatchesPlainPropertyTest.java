package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /**
   * The rule base is shared by every thread (the simulation's replications, concurrent requests):
   * sessions on it in parallel decide as one at a time does. (The executable model's consequences
   * share their buffers between sessions that are not thread-safe: with sessions made thread-unsafe
   * for speed, the simulation's parallel replications failed.)
   */
  @Example
  void sessionsInParallelThreadsDecideAsPlainJava() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> alike = new ArrayList<>();
      for (long seed = 0; seed < 64; seed++) {
        Scenario scenario = generated(seed);
        alike.add(threads.submit(() -> {
          Evaluation drools = LettingRun.evaluate(scenario, RuleBase.current());
          return drools.equals(LettingRun.evaluate(scenario, PLAIN, drools.rules()));
        }));
      }
      for (Future<Boolean> each : alike) {
        assertThat(each.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Version 2026.3 states the rules of 2026.2 on one candidacy per household instead of marker facts,
   * and 2026.4 on one fact per kind of household alike for the rules: all three decide alike, so a
   * decision of an earlier version replays with its own version and the same outcome.
   */
  @Property(tries = 100)
  void versionsSince2026Point2DecideAsTheCurrentOne(@ForAll long seed) {
    Scenario scenario = generated(seed);

    Evaluation current = LettingRun.evaluate(scenario, RuleBase.current());
    for (String version : List.of("2026.2", "2026.3")) {
      Evaluation before = LettingRun.evaluate(scenario, RuleBase.version(version));

      assertThat(before.vacancies()).as("%s, seed %d", version, seed).isEqualTo(current.vacancies());
      assertThat(before.inputs()).isEqualTo(current.inputs());
      assertThat(before.rules().hash()).isNotEqualTo(current.rules().hash());
    }
  }

  /**
   * Direct mediation decides with the same rules without passend exceptions or DAEB free room:
   * the same letting inputs in mediation mode give the same verdicts and traces too.
   */
  @Property(tries = 150)
  void droolsAndPlainJavaDecideMediationAlike(@ForAll long seed) {
    Scenario scenario = generated(seed);
    for (DecisionInput input : LettingRun.evaluate(scenario, PLAIN, new Evaluation.RulesRef("plain", "-")).inputs()) {
      Letting mediation = inMediation(input.letting());
      Verdicts drools = RuleBase.current().decide(mediation, input.respondents());
      Verdicts plain = PLAIN.decide(mediation, input.respondents());

      assertThat(plain.vacancyTrace()).isEqualTo(drools.vacancyTrace());
      assertThat(plain.art9Vacancy()).isEqualTo(drools.art9Vacancy());
      assertThat(plain.urgentPrioritySuspended()).isEqualTo(drools.urgentPrioritySuspended());
      for (Respondent respondent : input.respondents()) {
        assertThat(plain.trace(respondent)).as("seed %d, %s", seed, respondent.id()).isEqualTo(drools.trace(respondent));
        assertThat(plain.refusedBy(respondent)).isEqualTo(drools.refusedBy(respondent));
        assertThat(plain.group(respondent)).isEqualTo(drools.group(respondent));
      }
    }
  }

  private static Letting inMediation(Letting l) {
    return new Letting(l.unit(), l.street(), l.buurt(), l.rent(), l.owner(), l.date(), l.parameters(),
        l.art8MinYearsInRegion(), l.art8IncomeSources(), l.art9Characteristics(), l.art9AboveUrgent(),
        l.art8Designation(), l.art10Designation(), l.art9Designation(), l.art9Number(), l.art9Share(),
        l.ownerCounters(), l.urgentQuota(), l.quotaLettings(), l.quotaUrgentLettings(), true);
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
