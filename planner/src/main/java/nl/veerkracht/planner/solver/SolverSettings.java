package nl.veerkracht.planner.solver;

import java.util.List;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration (docs/planner.md): first fit decreasing (clients using the least
 * capacity and with the fewest eligible dwellings first), then late acceptance over change,
 * swap and make-room moves, until the step limit, the time cap, or a step that finds no
 * acceptable move ({@link StuckStepTermination}). Always in the reproducible mode with a fixed
 * seed: with a step limit the same problem gives the same plan; the time limit only caps.
 */
public final class SolverSettings {

  static final int LATE_ACCEPTANCE_SIZE = 400;

  private SolverSettings() {
  }

  /**
   * @param seconds the wall-clock cap of the whole solve
   * @param steps the local search steps, or null to search until the time cap
   */
  public static SolverConfig solverConfig(int seconds, Long steps, long seed) {
    return new SolverConfig()
        .withSolutionClass(MediationPlan.class)
        .withEntityClasses(Placement.class)
        .withConstraintProviderClass(MediationConstraintProvider.class)
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withRandomSeed(seed)
        .withTerminationConfig(termination(seconds, steps))
        .withPhases(
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
            localSearch(steps));
  }

  /**
   * The time cap; without a step limit the search also ends once the best plan has not improved
   * for a fifth of the time (at least a second), so that small plans do not wait for the cap.
   */
  private static TerminationConfig termination(int seconds, Long steps) {
    TerminationConfig cap = new TerminationConfig().withSecondsSpentLimit((long) seconds);
    return steps != null ? cap : cap.withUnimprovedSecondsSpentLimit(Math.max(1L, seconds / 5));
  }

  private static LocalSearchPhaseConfig localSearch(Long steps) {
    LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
            new ChangeMoveSelectorConfig(),
            new SwapMoveSelectorConfig(),
            new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(MakeRoomMoveFactory.class)))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    TerminationConfig stuck = new TerminationConfig().withTerminationClass(StuckStepTermination.class);
    phase.setTerminationConfig(steps == null ? stuck
        : new TerminationConfig().withTerminationConfigList(
            List.of(stuck, new TerminationConfig().withStepCountLimit(Math.toIntExact(steps)))));
    return phase;
  }
}
