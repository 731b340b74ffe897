package nl.veerkracht.planner.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One client of direct mediation and the dwelling the plan gives it, or none. The client may
 * only be placed on its eligible dwellings (those the rule base does not refuse and that meet
 * the planner's own conditions, less the pairs an officer rejected); a pinned placement (an
 * accepted match) stays as it is.
 */
@PlanningEntity(difficultyComparatorClass = PlacementDifficulty.class)
public class Placement {

  @PlanningId
  private String client;
  private int capacityUse;
  /** What placing the client is worth on the medium level ({@code policy.model.planner.placementWeight} of its support). */
  private long placementWeight = 1;
  private long waitingDays;
  private Set<String> preferredBuurten;
  private Set<String> careBuurten;
  private List<Dwelling> eligibleDwellings;
  private Set<Dwelling> eligible;

  @PlanningPin
  private boolean pinned;
  /** The dwelling an earlier plan proposed to the client, to keep unless moving serves clearly better. */
  private Dwelling previousDwelling;

  @PlanningVariable(valueRangeProviderRefs = "eligibleDwellings", nullable = true)
  private Dwelling dwelling;

  public Placement() {
  }

  /**
   * @param capacityUse how much of a street's capacity the client uses ({@code policy.capacityUse})
   * @param careBuurten the buurten where the client's care provider works and those bordering them
   */
  public Placement(String client, int capacityUse, long waitingDays, Collection<String> preferredBuurten,
      Collection<String> careBuurten, List<Dwelling> eligibleDwellings) {
    this.client = client;
    this.capacityUse = capacityUse;
    this.waitingDays = waitingDays;
    this.preferredBuurten = Set.copyOf(preferredBuurten);
    this.careBuurten = Set.copyOf(careBuurten);
    this.eligibleDwellings = List.copyOf(eligibleDwellings);
    this.eligible = new LinkedHashSet<>(eligibleDwellings);
  }

  /** Sets what placing the client is worth on the medium level (1 unless the policy weighs its support level). */
  public Placement weighing(long weight) {
    this.placementWeight = weight;
    return this;
  }

  /** Fixes the client on a dwelling for this solve (an accepted match). */
  public Placement pinTo(Dwelling fixed) {
    this.dwelling = fixed;
    this.pinned = true;
    return this;
  }

  /** Pins the placement where it stands, or frees it (an explanation of a plan as the officers have it). */
  public void pinned(boolean fixed) {
    this.pinned = fixed;
  }

  /**
   * Remembers the earlier plan's proposal, and starts from it when it is still eligible, so that
   * the construction only places the clients the earlier plan left out.
   */
  public Placement proposedBefore(Dwelling earlier) {
    this.previousDwelling = earlier;
    if (!pinned && earlier != null && isEligible(earlier)) {
      this.dwelling = earlier;
    }
    return this;
  }

  /** An earlier plan proposed the client a dwelling and this plan does not keep it. */
  public boolean movedFromEarlierProposal() {
    return previousDwelling != null && dwelling != previousDwelling;
  }

  public Dwelling getPreviousDwelling() {
    return previousDwelling;
  }

  @ValueRangeProvider(id = "eligibleDwellings")
  public List<Dwelling> getEligibleDwellings() {
    return eligibleDwellings;
  }

  public boolean isEligible(Dwelling candidate) {
    return eligible.contains(candidate);
  }

  public String getClient() {
    return client;
  }

  public int getCapacityUse() {
    return capacityUse;
  }

  public long getPlacementWeight() {
    return placementWeight;
  }

  public long getWaitingDays() {
    return waitingDays;
  }

  public boolean prefers(String buurt) {
    return preferredBuurten.contains(buurt);
  }

  public boolean hasCareNearby(String buurt) {
    return careBuurten.contains(buurt);
  }

  public boolean isPinned() {
    return pinned;
  }

  public Dwelling getDwelling() {
    return dwelling;
  }

  public void setDwelling(Dwelling dwelling) {
    this.dwelling = dwelling;
  }

  public boolean isPlaced() {
    return dwelling != null;
  }

  public Street getStreet() {
    return dwelling == null ? null : dwelling.getStreet();
  }

  @Override
  public String toString() {
    return client + (dwelling == null ? "" : "->" + dwelling);
  }
}
