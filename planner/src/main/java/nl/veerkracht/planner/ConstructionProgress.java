package nl.veerkracht.planner;

import java.util.function.Consumer;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;

/**
 * Reports the construction's progress: OptaPlanner announces no better plan while it constructs
 * (on the demo city that is the first several seconds), so the construction's steps (one client
 * taken up each) are counted here and reported {@link #REPORTS} times, at every fiftieth of the
 * clients it takes up: by work done, not by the clock, so the same solve reports the same.
 */
final class ConstructionProgress extends PhaseLifecycleListenerAdapter<MediationPlan> {

  static final int REPORTS = 50;

  private final int clients;
  private final Consumer<PlanProgress> listener;
  private int toConstruct;
  private int lastShare;

  ConstructionProgress(int clients, Consumer<PlanProgress> listener) {
    this.clients = clients;
    this.listener = listener;
  }

  @Override
  public void phaseStarted(AbstractPhaseScope<MediationPlan> phase) {
    if (phase instanceof ConstructionHeuristicPhaseScope) {
      // the construction takes up the clients without a dwelling; pinned and kept ones are already there
      toConstruct = (int) phase.getWorkingSolution().getPlacements().stream()
          .filter(p -> !p.isPinned() && !p.isPlaced()).count();
      lastShare = 0;
      report(phase, 0);
    }
  }

  @Override
  public void stepEnded(AbstractStepScope<MediationPlan> step) {
    if (step.getPhaseScope() instanceof ConstructionHeuristicPhaseScope && toConstruct > 0) {
      int constructed = step.getStepIndex() + 1;
      int share = (int) ((long) constructed * REPORTS / toConstruct);
      if (share > lastShare) {
        lastShare = share;
        report(step.getPhaseScope(), constructed);
      }
    }
  }

  private void report(AbstractPhaseScope<MediationPlan> phase, int constructed) {
    MediationPlan plan = phase.getWorkingSolution();
    int placed = (int) plan.getPlacements().stream().filter(Placement::isPlaced).count();
    listener.accept(new PlanProgress(PlanProgress.Phase.CONSTRUCTION, placed, clients,
        clients - toConstruct + constructed, null, phase.getSolverScope().calculateTimeMillisSpentUpToNow()));
  }
}
