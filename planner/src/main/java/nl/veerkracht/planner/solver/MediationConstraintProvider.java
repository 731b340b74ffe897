package nl.veerkracht.planner.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.PlannerWeights;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/** Every constraint of the direct-mediation plan, by name (docs/planner.md). */
public class MediationConstraintProvider implements ConstraintProvider {

  public static final String ONE_CLIENT_PER_DWELLING = "One client per dwelling";
  public static final String STREET_CAPACITY = "Street capacity";
  public static final String ELIGIBLE_DWELLING = "Eligible dwelling";
  public static final String PLACE_EVERY_CLIENT = "Place every client";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
        // hard
        oneClientPerDwelling(factory),
        streetCapacity(factory),
        eligibleDwelling(factory),
        // medium
        placeEveryClient(factory),
        // soft, weighted by policy.model.planner
        waitingTime(factory),
        preferredBuurt(factory),
        careProviderNearby(factory),
        spreadOverStreets(factory),
        risingConcentration(factory),
        keepProposals(factory),
    };
  }

  Constraint oneClientPerDwelling(ConstraintFactory factory) {
    return factory.forEachUniquePair(Placement.class, Joiners.equal(Placement::getDwelling))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(ONE_CLIENT_PER_DWELLING);
  }

  /** Σ capacityUse of the clients placed in a street ≤ its capacity; penalised by the excess. */
  Constraint streetCapacity(ConstraintFactory factory) {
    return factory.forEach(Placement.class)
        .groupBy(Placement::getStreet, sum(Placement::getCapacityUse))
        .filter((street, used) -> used > street.getCapacity())
        .penalize(HardMediumSoftLongScore.ONE_HARD, (street, used) -> used - street.getCapacity())
        .asConstraint(STREET_CAPACITY);
  }

  /** Only an accepted (pinned) match can break it: the solver only proposes eligible dwellings. */
  Constraint eligibleDwelling(ConstraintFactory factory) {
    return factory.forEach(Placement.class)
        .filter(placement -> !placement.isEligible(placement.getDwelling()))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(ELIGIBLE_DWELLING);
  }

  /** Each unplaced client costs its placement weight (1 by default: the plan places as many clients as it can). */
  Constraint placeEveryClient(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(Placement.class)
        .filter(placement -> placement.getDwelling() == null)
        .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Placement::getPlacementWeight)
        .asConstraint(PLACE_EVERY_CLIENT);
  }

  /** A placed client earns its days of waiting: among plans placing as many, the longest waiting go first. */
  Constraint waitingTime(ConstraintFactory factory) {
    return factory.forEach(Placement.class)
        .rewardConfigurableLong(Placement::getWaitingDays)
        .asConstraint(PlannerWeights.WAITING_TIME);
  }

  Constraint preferredBuurt(ConstraintFactory factory) {
    return factory.forEach(Placement.class)
        .filter(placement -> placement.prefers(placement.getDwelling().getBuurt()))
        .rewardConfigurable()
        .asConstraint(PlannerWeights.PREFERRED_BUURT);
  }

  Constraint careProviderNearby(ConstraintFactory factory) {
    return factory.forEach(Placement.class)
        .filter(placement -> placement.hasCareNearby(placement.getDwelling().getBuurt()))
        .rewardConfigurable()
        .asConstraint(PlannerWeights.CARE_PROVIDER_NEARBY);
  }

  /** The square of each street's use: two streets with one client each cost less than one street with two. */
  Constraint spreadOverStreets(ConstraintFactory factory) {
    return factory.forEach(Placement.class)
        .groupBy(Placement::getStreet, sum(Placement::getCapacityUse))
        .penalizeConfigurableLong((street, used) -> (long) used * used)
        .asConstraint(PlannerWeights.SPREAD_OVER_STREETS);
  }

  /** Capacity used in a buurt whose vulnerable population rises, doubly where nuisance worsens too. */
  Constraint risingConcentration(ConstraintFactory factory) {
    return factory.forEach(Placement.class)
        .filter(placement -> placement.getStreet().risingLevel() > 0)
        .penalizeConfigurable(placement -> placement.getCapacityUse() * placement.getStreet().risingLevel())
        .asConstraint(PlannerWeights.RISING_CONCENTRATION);
  }

  /** Non-disruptive replanning: each earlier proposal the plan moves or drops costs the same. */
  Constraint keepProposals(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(Placement.class)
        .filter(Placement::movedFromEarlierProposal)
        .penalizeConfigurable()
        .asConstraint(PlannerWeights.KEEP_PROPOSALS);
  }
}
