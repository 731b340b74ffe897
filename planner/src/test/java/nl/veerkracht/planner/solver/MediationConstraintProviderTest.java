package nl.veerkracht.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.Street;
import nl.veerkracht.rules.indicators.Typology;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Each constraint alone: what it matches and by how much. */
class MediationConstraintProviderTest {

  private final ConstraintVerifier<MediationConstraintProvider, MediationPlan> verifier =
      ConstraintVerifier.build(new MediationConstraintProvider(), MediationPlan.class, Placement.class);

  private final Street street = new Street("ST1", "BU1", 2, Typology.NOT_RISING);
  private final Dwelling u1 = new Dwelling("U1", street);
  private final Dwelling u2 = new Dwelling("U2", street);
  private final Dwelling u3 = new Dwelling("U3", street);

  private static Placement client(String id, int use, Dwelling dwelling, Dwelling... eligible) {
    Placement placement = new Placement(id, use, 100, Set.of(), Set.of(), List.of(eligible));
    placement.setDwelling(dwelling);
    return placement;
  }

  @Test
  void oneClientPerDwelling() {
    verifier.verifyThat(MediationConstraintProvider::oneClientPerDwelling)
        .given(client("C1", 1, u1, u1), client("C2", 1, u1, u1), client("C3", 1, u2, u2), client("C4", 1, null, u1))
        .penalizesBy(1);
  }

  @Test
  void streetCapacityIsPenalisedByTheExcessOfCapacityUse() {
    verifier.verifyThat(MediationConstraintProvider::streetCapacity)
        .given(client("C1", 2, u1, u1), client("C2", 1, u2, u2))
        .penalizesBy(1);
    verifier.verifyThat(MediationConstraintProvider::streetCapacity)
        .given(client("C1", 1, u1, u1), client("C2", 1, u2, u2), client("C3", 2, null, u3))
        .penalizesBy(0);
    verifier.verifyThat(MediationConstraintProvider::streetCapacity)
        .given(client("C1", 2, u1, u1), client("C2", 2, u2, u2), client("C3", 1, u3, u3))
        .penalizesBy(3);
  }

  @Test
  void eligibleDwelling() {
    verifier.verifyThat(MediationConstraintProvider::eligibleDwelling)
        .given(client("C1", 1, u1, u2), client("C2", 1, u2, u2), client("C3", 1, null))
        .penalizesBy(1);
  }

  @Test
  void placeEveryClient() {
    verifier.verifyThat(MediationConstraintProvider::placeEveryClient)
        .given(client("C1", 1, u1, u1), client("C2", 1, null, u2), client("C3", 1, null))
        .penalizesBy(2);
  }

  @Test
  void anUnplacedClientCostsThePlacementWeightOfItsSupportLevel() {
    verifier.verifyThat(MediationConstraintProvider::placeEveryClient)
        .given(client("C1", 1, null, u1), client("C2", 2, null, u2).weighing(3), client("C3", 2, u3, u3).weighing(3))
        .penalizesBy(4);
  }

  @Test
  void waitingTimeRewardsTheDaysWaitedOfPlacedClients() {
    Placement placed = new Placement("C1", 1, 420, Set.of(), Set.of(), List.of(u1));
    placed.setDwelling(u1);
    Placement unplaced = new Placement("C2", 1, 900, Set.of(), Set.of(), List.of(u2));
    verifier.verifyThat(MediationConstraintProvider::waitingTime).given(placed, unplaced).rewardsWith(420);
  }

  @Test
  void preferredBuurt() {
    Placement wished = new Placement("C1", 1, 0, Set.of("BU1"), Set.of(), List.of(u1));
    wished.setDwelling(u1);
    Placement elsewhere = new Placement("C2", 1, 0, Set.of("BU9"), Set.of(), List.of(u2));
    elsewhere.setDwelling(u2);
    verifier.verifyThat(MediationConstraintProvider::preferredBuurt).given(wished, elsewhere).rewardsWith(1);
  }

  @Test
  void careProviderNearby() {
    Placement near = new Placement("C1", 1, 0, Set.of(), Set.of("BU1", "BU2"), List.of(u1));
    near.setDwelling(u1);
    Placement far = new Placement("C2", 1, 0, Set.of(), Set.of("BU7"), List.of(u2));
    far.setDwelling(u2);
    verifier.verifyThat(MediationConstraintProvider::careProviderNearby).given(near, far).rewardsWith(1);
  }

  @Test
  void spreadOverStreetsPenalisesTheSquareOfEachStreetsUse() {
    Street other = new Street("ST2", "BU2", 3, Typology.NOT_RISING);
    Dwelling v1 = new Dwelling("V1", other);
    verifier.verifyThat(MediationConstraintProvider::spreadOverStreets)
        .given(client("C1", 2, u1, u1), client("C2", 1, u2, u2), client("C3", 1, v1, v1))
        .penalizesBy(9 + 1);
  }

  @Test
  void risingConcentrationCountsCapacityUseDoubleWhereNuisanceWorsens() {
    Dwelling improving = new Dwelling("R1", new Street("ST3", "BU3", 2, Typology.RISING_IMPROVING_LOW));
    Dwelling worsening = new Dwelling("R2", new Street("ST4", "BU4", 2, Typology.RISING_WORSENING_HIGH));
    verifier.verifyThat(MediationConstraintProvider::risingConcentration)
        .given(client("C1", 2, improving, improving), client("C2", 1, worsening, worsening), client("C3", 1, u1, u1))
        .penalizesBy(2 + 2);
  }

  @Test
  void keepProposalsCountsEachEarlierProposalMovedOrDropped() {
    Placement kept = client("C1", 1, null, u1, u2).proposedBefore(u1);
    Placement moved = client("C2", 1, null, u1, u2).proposedBefore(u2);
    moved.setDwelling(u3);
    Placement dropped = client("C3", 1, null, u3).proposedBefore(u3);
    dropped.setDwelling(null);
    Placement neverProposed = client("C4", 1, u2, u2);
    verifier.verifyThat(MediationConstraintProvider::keepProposals)
        .given(kept, moved, dropped, neverProposed)
        .penalizesBy(2);
    assertThat(kept.getDwelling()).as("an eligible earlier proposal is where the search starts").isEqualTo(u1);
  }
}
