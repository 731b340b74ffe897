package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The letting run hands each decision on as it is made, in letting order, instead of collecting them. */
class LettingRunStreamingTest {

  private final Scenario scenario = scenarioOfManyVacancies();

  @Test
  void handsOnEveryDecisionWithItsInputInLettingOrderAsTheWholeEvaluationHasThem() {
    Evaluation whole = LettingRun.evaluate(scenario, RuleBase.current());
    List<String> calls = new ArrayList<>();
    List<VacancyDecision> decisions = new ArrayList<>();
    List<DecisionInput> inputs = new ArrayList<>();

    LettingRun.evaluate(scenario, RuleBase.current(), new LettingRun.Decisions() {
      @Override
      public void start(Evaluation.PolicyRef policy, Evaluation.RulesRef rules) {
        calls.add("start " + policy.name() + " " + rules.version());
      }

      @Override
      public void decided(DecisionInput input, VacancyDecision decision) {
        calls.add("decided " + decision.unit());
        inputs.add(input);
        decisions.add(decision);
      }
    });

    assertThat(calls.get(0)).isEqualTo("start " + whole.policy().name() + " " + whole.rules().version());
    assertThat(calls).hasSize(1 + whole.vacancies().size());
    assertThat(decisions).isEqualTo(whole.vacancies());
    assertThat(inputs).isEqualTo(whole.inputs());
  }

  /** A consumer that stops the run at the first decision gets only that one: nothing is decided ahead and kept. */
  @Test
  void aDecisionReachesTheConsumerBeforeTheNextVacancyIsDecided() {
    List<VacancyDecision> received = new ArrayList<>();
    RuntimeException stop = new IllegalStateException("stop");

    assertThatThrownBy(() -> LettingRun.evaluate(scenario, RuleBase.current(), new LettingRun.Decisions() {
      @Override
      public void start(Evaluation.PolicyRef policy, Evaluation.RulesRef rules) {
      }

      @Override
      public void decided(DecisionInput input, VacancyDecision decision) {
        received.add(decision);
        throw stop;
      }
    })).isSameAs(stop);

    assertThat(scenario.vacancies()).hasSizeGreaterThan(1);
    assertThat(received).hasSize(1);
  }

  private static Scenario scenarioOfManyVacancies() {
    for (long seed = 1; ; seed++) {
      Scenario scenario = DroolsMatchesPlainPropertyTest.generated(seed);
      if (scenario.vacancies().size() >= 5) {
        return scenario;
      }
    }
  }
}
