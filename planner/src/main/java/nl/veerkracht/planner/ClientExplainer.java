package nl.veerkracht.planner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.solver.SolverFactories;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Explains one client in a plan as the officers have it (every live match pinned), on a problem
 * built once per dataset: each call moves only the placements that differ from the last call
 * through the solver's own incremental score director (with constraint matches), then says why
 * this dwelling for that client from the constraint matches that indict it, exactly as
 * {@link PlanningSession#asIs()} on a freshly built problem would. For a service that keeps one
 * per dataset (an officer's change of dwelling); calls are serialized.
 */
public final class ClientExplainer {

  private final PlanProblem problem;
  private final InnerScoreDirector<MediationPlan, HardMediumSoftLongScore> director;

  ClientExplainer(PlanProblem problem) {
    this.problem = problem;
    PlanOptions settings = PlanOptions.defaults();
    this.director = ((DefaultSolverFactory<MediationPlan>) SolverFactories.of(settings.seconds(), settings.steps(),
        settings.seed())).<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(false, true);
    director.setWorkingSolution(problem.plan);
  }

  /**
   * Why the client has its dwelling in the plan made of these matches, all pinned (the client
   * must be one of them).
   *
   * @throws nl.veerkracht.scenario.InvalidInputException for matches that name an unknown client
   *     or a unit that is no direct offer, or a client or unit twice
   */
  public synchronized List<Statement> explain(List<Match> live, String client) {
    PlanProblem.checkMatches(problem.scenario, PlanOptions.defaults().withPinned(live));
    Map<String, String> units = new HashMap<>();
    live.forEach(match -> units.put(match.client(), match.unit()));
    if (!units.containsKey(client)) {
      throw new IllegalArgumentException("client " + client + " has no match in the plan");
    }
    try {
      Placement explained = null;
      for (Placement placement : problem.plan.getPlacements()) {
        Dwelling target = problem.dwellings.get(units.get(placement.getClient()));
        move(placement, target);
        if (placement.getClient().equals(client)) {
          explained = placement;
        }
      }
      director.triggerVariableListeners();
      director.calculateScore();
      return new PlanExplainer(problem, problem.plan, director.getIndictmentMap()).whyThisDwelling(explained);
    } catch (RuntimeException failure) {
      director.setWorkingSolution(problem.plan);
      throw failure;
    }
  }

  /** Pins the placement to the dwelling (or leaves it unplaced and free), telling the score director of a move. */
  private void move(Placement placement, Dwelling target) {
    if (placement.getDwelling() != target) {
      director.beforeVariableChanged(placement, "dwelling");
      placement.setDwelling(target);
      director.afterVariableChanged(placement, "dwelling");
    }
    placement.pinned(target != null);
  }
}
