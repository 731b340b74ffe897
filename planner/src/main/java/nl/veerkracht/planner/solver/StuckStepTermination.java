package nl.veerkracht.planner.solver;

import nl.veerkracht.planner.domain.MediationPlan;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.optaplanner.core.impl.solver.termination.AbstractTermination;

/**
 * Ends the local search when one step has evaluated {@link #MOVES_PER_STEP} moves without
 * accepting any: every neighbour of the plan is worse (a small plan at its optimum, say), and
 * random selection would otherwise go on until the time cap. It counts moves, not time, so a
 * solve with a step limit stays reproducible.
 */
public class StuckStepTermination extends AbstractTermination<MediationPlan> {

  static final long MOVES_PER_STEP = 20_000;

  private long countAtStepStart;
  private boolean stuck;

  @Override
  public void phaseStarted(AbstractPhaseScope<MediationPlan> phaseScope) {
    countAtStepStart = phaseScope.getScoreDirector().getCalculationCount();
    stuck = false;
  }

  @Override
  public void stepEnded(AbstractStepScope<MediationPlan> stepScope) {
    countAtStepStart = stepScope.getScoreDirector().getCalculationCount();
  }

  @Override
  public boolean isPhaseTerminated(AbstractPhaseScope<MediationPlan> phaseScope) {
    // once stuck, stay ended: the step cut short may still take a move, and the next would start over
    stuck |= phaseScope.getScoreDirector().getCalculationCount() - countAtStepStart > MOVES_PER_STEP;
    return stuck;
  }

  @Override
  public boolean isSolverTerminated(SolverScope<MediationPlan> solverScope) {
    throw new UnsupportedOperationException("a phase termination only");
  }

  @Override
  public double calculatePhaseTimeGradient(AbstractPhaseScope<MediationPlan> phaseScope) {
    return -1.0; // unknown: it ends when the search is stuck, not after a known amount
  }

  @Override
  public double calculateSolverTimeGradient(SolverScope<MediationPlan> solverScope) {
    throw new UnsupportedOperationException("a phase termination only");
  }
}
