package nl.veerkracht.planner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The clients to place, the direct offers and their streets, and the policy's soft weights. */
@PlanningSolution
public class MediationPlan {

  @ProblemFactCollectionProperty
  private List<Street> streets;

  @ProblemFactCollectionProperty
  private List<Dwelling> dwellings;

  @PlanningEntityCollectionProperty
  private List<Placement> placements;

  @ConstraintConfigurationProvider
  private PlannerWeights weights;

  @PlanningScore
  private HardMediumSoftLongScore score;

  public MediationPlan() {
  }

  public MediationPlan(List<Street> streets, List<Dwelling> dwellings, List<Placement> placements,
      PlannerWeights weights) {
    this.streets = streets;
    this.dwellings = dwellings;
    this.placements = placements;
    this.weights = weights;
  }

  public List<Street> getStreets() {
    return streets;
  }

  public List<Dwelling> getDwellings() {
    return dwellings;
  }

  public List<Placement> getPlacements() {
    return placements;
  }

  public PlannerWeights getWeights() {
    return weights;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }

  public long placedCount() {
    return placements.stream().filter(Placement::isPlaced).count();
  }
}
