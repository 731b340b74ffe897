package nl.veerkracht.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.veerkracht.planner.PlanResult.Assignment;
import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The kept, incremental explanation of one client never drifts from a fresh, full one. */
class ClientExplainerTest {

  @Test
  void everyChangeIsExplainedAsAFreshFullComputationExplainsIt() {
    Scenario scenario = GeneratedInstances.scenario(3, 40, 60, 20);
    Mediation verdicts = Mediation.evaluate(scenario, RuleBase.current());
    PlanResult plan = Planner.prepare(scenario, PlanOptions.defaults().withSeconds(20).withSteps(500L), verdicts)
        .solve();
    List<Match> live = new ArrayList<>(plan.assignments().stream().map(a -> new Match(a.client(), a.unit())).toList());
    Set<String> taken = new HashSet<>(live.stream().map(Match::unit).toList());
    ClientExplainer explainer = Planner.explainer(scenario, verdicts);
    int changes = 0;
    for (Assignment assignment : plan.assignments()) {
      String free = assignment.alternatives().stream().map(PlanResult.Alternative::unit)
          .filter(unit -> !taken.contains(unit)).findFirst().orElse(null);
      if (free == null) {
        // a match the officers rejected: no longer live, so no longer in the plan explained next
        live.removeIf(match -> match.client().equals(assignment.client()));
        continue;
      }
      live.replaceAll(match -> match.client().equals(assignment.client()) ? new Match(match.client(), free) : match);
      taken.add(free);
      changes++;
      assertThat(explainer.explain(live, assignment.client()))
          .as("explanation of %s after its change to %s", assignment.client(), free)
          .isEqualTo(fresh(scenario, verdicts, live, assignment.client()))
          .first().isEqualTo(Statement.of("planner.kept"));
    }
    assertThat(changes).isGreaterThan(3);
  }

  private static List<Statement> fresh(Scenario scenario, Mediation verdicts, List<Match> live, String client) {
    return Planner.prepare(scenario, PlanOptions.defaults().withPinned(live), verdicts).asIs().assignments().stream()
        .filter(a -> a.client().equals(client)).findFirst().orElseThrow().explanation();
  }
}
