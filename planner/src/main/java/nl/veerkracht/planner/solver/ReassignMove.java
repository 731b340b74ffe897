package nl.veerkracht.planner.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Gives several clients a new dwelling (or none) at once: one step of a chain that makes room. */
public final class ReassignMove extends AbstractMove<MediationPlan> {

  private static final String VARIABLE = "dwelling";

  private final List<Placement> placements;
  private final List<Dwelling> targets;

  public ReassignMove(List<Placement> placements, List<Dwelling> targets) {
    if (placements.size() != targets.size()) {
      throw new IllegalArgumentException("one target per placement");
    }
    this.placements = List.copyOf(placements);
    this.targets = new ArrayList<>(targets);
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<MediationPlan> scoreDirector) {
    boolean changes = false;
    for (int i = 0; i < placements.size(); i++) {
      Placement placement = placements.get(i);
      if (placement.isPinned()) {
        return false;
      }
      changes |= !Objects.equals(placement.getDwelling(), targets.get(i));
    }
    return changes;
  }

  @Override
  protected ReassignMove createUndoMove(ScoreDirector<MediationPlan> scoreDirector) {
    return new ReassignMove(placements, placements.stream().map(Placement::getDwelling).toList());
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<MediationPlan> scoreDirector) {
    for (int i = 0; i < placements.size(); i++) {
      Placement placement = placements.get(i);
      scoreDirector.beforeVariableChanged(placement, VARIABLE);
      placement.setDwelling(targets.get(i));
      scoreDirector.afterVariableChanged(placement, VARIABLE);
    }
  }

  @Override
  public ReassignMove rebase(ScoreDirector<MediationPlan> destinationScoreDirector) {
    return new ReassignMove(rebaseList(placements, destinationScoreDirector),
        targets.stream().map(target -> target == null ? null : destinationScoreDirector.lookUpWorkingObject(target))
            .toList());
  }

  @Override
  public Collection<? extends Object> getPlanningEntities() {
    return placements;
  }

  @Override
  public Collection<? extends Object> getPlanningValues() {
    return targets.stream().filter(Objects::nonNull).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReassignMove move && move.placements.equals(placements) && move.targets.equals(targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(placements, targets);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < placements.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(placements.get(i).getClient()).append(" -> ").append(targets.get(i));
    }
    return text.toString();
  }
}
