package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The rule base (from 2026.4) decides the households of a kind as one fact, so a kind must hold
 * exactly the households that every rule treats alike. Checked against the plain Java rules, which
 * decide each household on its own: within a kind, every household gets the same rules in its
 * trace, the same refusals and the same group.
 */
class CandidatesTest {

  private static final PlainLettingRules PLAIN = new PlainLettingRules();

  @Property(tries = 200)
  void theHouseholdsOfAKindAreDecidedAlikeByThePlainRules(@ForAll long seed) {
    Evaluation evaluation = LettingRun.evaluate(DroolsMatchesPlainPropertyTest.generated(seed), PLAIN,
        new Evaluation.RulesRef("plain", "-"));
    for (DecisionInput input : evaluation.inputs()) {
      Verdicts verdicts = PLAIN.decide(input.letting(), input.respondents());
      for (Candidates kind : Candidates.of(input.letting(), input.respondents())) {
        Respondent first = kind.getHouseholds().get(0);
        for (Respondent household : kind.getHouseholds()) {
          assertThat(rules(verdicts, household)).as("seed %d, %s against %s", seed, household.id(), first.id())
              .isEqualTo(rules(verdicts, first));
          assertThat(verdicts.refusedBy(household)).isEqualTo(verdicts.refusedBy(first));
          assertThat(verdicts.group(household)).isEqualTo(verdicts.group(first));
        }
      }
    }
  }

  @Property(tries = 50)
  void everyRespondentIsInExactlyOneKindInTheOrderTheyResponded(@ForAll long seed) {
    Evaluation evaluation = LettingRun.evaluate(DroolsMatchesPlainPropertyTest.generated(seed), PLAIN,
        new Evaluation.RulesRef("plain", "-"));
    for (DecisionInput input : evaluation.inputs()) {
      Collection<Candidates> kinds = Candidates.of(input.letting(), input.respondents());
      List<Respondent> grouped = new ArrayList<>();
      kinds.forEach(kind -> grouped.addAll(kind.getHouseholds()));

      assertThat(grouped).containsExactlyInAnyOrderElementsOf(input.respondents());
      kinds.forEach(kind -> assertThat(kind.getHouseholds()).isSubsetOf(input.respondents())
          .isSortedAccordingTo((a, b) -> input.respondents().indexOf(a) - input.respondents().indexOf(b)));
    }
  }

  private static List<String> rules(Verdicts verdicts, Respondent household) {
    return verdicts.trace(household).stream().map(TraceEntry::rule).toList();
  }
}
