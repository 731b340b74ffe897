package nl.veerkracht.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veerkracht.app.plan.ReplanChanges.Kind;
import nl.veerkracht.app.plan.ReplanChanges.ProposalChange;
import nl.veerkracht.app.plan.ReplanChanges.Reason;
import nl.veerkracht.app.plan.ReplanChanges.Why;
import nl.veerkracht.planner.Match;
import org.junit.jupiter.api.Test;

/** What a replan changed and why: each reason only where it was checked. */
class ReplanChangesTest {

  private static PlanStore.StoredMatch match(String client, String unit, String status) {
    return new PlanStore.StoredMatch("1", client, unit, "ST", status, null, null, null, List.of(), List.of(), 0);
  }

  @Test
  void aRejectedPairAndADwellingGivenByAnOfficersDecisionAreNamedAsTheReason() {
    // C3 was accepted in U2 on another plan of the dataset after this plan proposed U2 to C2
    List<ProposalChange> changes = ReplanChanges.between(
        List.of(match("C1", "U1", "REJECTED"), match("C2", "U2", "PROPOSED"), match("C3", "U3", "PROPOSED"),
            match("C4", "U4", "PROPOSED")),
        4,
        List.of(match("C1", "U5", "PROPOSED"), match("C3", "U2", "ACCEPTED"), match("C4", "U4", "PROPOSED")),
        3, List.of(new Match("C1", "U1")));

    assertThat(changes).containsExactlyInAnyOrder(
        new ProposalChange("C1", "U1", "U5", Kind.MOVED, List.of(new Reason(Why.REJECTED, List.of("U1")))),
        new ProposalChange("C2", "U2", null, Kind.NO_LONGER_PLACED,
            List.of(new Reason(Why.TAKEN_BY_DECISION, List.of("U2", "C3")))),
        new ProposalChange("C3", "U3", "U2", Kind.MOVED, List.of(new Reason(Why.DECIDED, List.of("U2")))));
  }

  @Test
  void withoutAReasonOfItsOwnAChangeIsExplainedByThePlansCountsOnly() {
    List<PlanStore.StoredMatch> before = List.of(match("C1", "U1", "PROPOSED"), match("C2", "U2", "PROPOSED"));

    assertThat(ReplanChanges.between(before, 2,
        List.of(match("C1", "U3", "PROPOSED"), match("C2", "U2", "PROPOSED"), match("C5", "U1", "PROPOSED")), 3, List.of()))
        .extracting(ProposalChange::reasons)
        .containsOnly(List.of(new Reason(Why.MORE_PLACED, List.of("3", "2"))));
    assertThat(ReplanChanges.between(before, 2,
        List.of(match("C1", "U3", "PROPOSED"), match("C5", "U2", "PROPOSED")), 2, List.of()))
        .containsExactlyInAnyOrder(
            new ProposalChange("C1", "U1", "U3", Kind.MOVED, List.of(new Reason(Why.GOALS, List.of()))),
            new ProposalChange("C2", "U2", null, Kind.NO_LONGER_PLACED,
                List.of(new Reason(Why.GOALS, List.of()), new Reason(Why.SEE_UNPLACED, List.of()))),
            new ProposalChange("C5", null, "U2", Kind.NEWLY_PLACED, List.of(new Reason(Why.GOALS, List.of()))));
    // fewer placed (an officer's decision took room): no claim about the goals
    assertThat(ReplanChanges.between(before, 2, List.of(match("C1", "U3", "PROPOSED")), 1, List.of()))
        .extracting(ProposalChange::reasons)
        .containsExactlyInAnyOrder(List.of(), List.of(new Reason(Why.SEE_UNPLACED, List.of())));
  }
}
