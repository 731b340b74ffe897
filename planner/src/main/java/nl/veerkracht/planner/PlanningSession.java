package nl.veerkracht.planner;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.solver.SolverFactories;
import nl.veerkracht.planner.solver.SolverSettings;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One plan of a scenario, prepared (the rule base's verdicts taken, the problem built) and ready
 * to solve. {@link #solve} blocks, reports every better plan to its listener, and returns the
 * explained plan; {@link #cancel} (from any thread) ends it early with the best plan so far. To
 * solve elsewhere (a SolverManager, say), use {@link #solverConfig} and {@link #problem}, then
 * {@link #result} to explain the solution.
 */
public final class PlanningSession {

  private final PlanProblem problem;
  private final SolverConfig solverConfig;
  private final SolverFactory<MediationPlan> solverFactory;
  private volatile Solver<MediationPlan> solver;
  private volatile boolean cancelled;

  PlanningSession(PlanProblem problem, PlanOptions options) {
    this.problem = problem;
    this.solverConfig = SolverSettings.solverConfig(options.seconds(), options.steps(), options.seed());
    this.solverFactory = SolverFactories.of(options.seconds(), options.steps(), options.seed());
  }

  /** The unsolved problem: a new copy is not made, so solve it once. */
  public MediationPlan problem() {
    return problem.plan;
  }

  public SolverConfig solverConfig() {
    return solverConfig;
  }

  public PlanResult solve() {
    return solve(progress -> { });
  }

  /**
   * Solves, telling the listener how far it is: during the construction every few tenths of a
   * second (the solver itself announces no better plan before the construction ends), then at
   * every better plan. After {@link #cancel} returns the best plan so far.
   */
  public PlanResult solve(Consumer<PlanProgress> onProgress) {
    Solver<MediationPlan> newSolver = solverFactory.buildSolver();
    int clients = problem.plan.getPlacements().size();
    newSolver.addEventListener(event -> {
      if (cancelled) {
        newSolver.terminateEarly();
      }
      MediationPlan best = event.getNewBestSolution();
      onProgress.accept(new PlanProgress(PlanProgress.Phase.SEARCH, (int) best.placedCount(), clients, clients,
          event.getNewBestScore().toString(), event.getTimeMillisSpent()));
    });
    ((DefaultSolver<MediationPlan>) newSolver).addPhaseLifecycleListener(new ConstructionProgress(clients, onProgress));
    solver = newSolver;
    MediationPlan solved = cancelled || nothingToPlace() ? problem.plan : newSolver.solve(problem.plan);
    return result(solved);
  }

  /** No client can move: every move would be undoable and the search would only wait for its time cap. */
  private boolean nothingToPlace() {
    return problem.plan.getPlacements().stream().allMatch(p -> p.isPinned() || p.getEligibleDwellings().isEmpty());
  }

  /** Ends a running solve early (its best plan so far is the result); before the solve, it is not started. */
  public void cancel() {
    cancelled = true;
    Solver<MediationPlan> running = solver;
    if (running != null) {
      running.terminateEarly();
    }
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** The problem as it stands, unsolved and explained (without alternatives): with every match pinned, the plan the officers made. */
  public PlanResult asIs() {
    return explain(problem.plan, Map.of());
  }

  /** The plan in {@code veerkracht-plan/1}, with its explanations, for a solution of {@link #problem}. */
  public PlanResult result(MediationPlan solution) {
    return explain(solution, Alternatives.of(solution, problem, solverFactory));
  }

  private PlanResult explain(MediationPlan solution, Map<String, List<PlanResult.Alternative>> alternatives) {
    SolutionManager<MediationPlan, HardMediumSoftLongScore> manager = SolutionManager.create(solverFactory);
    return new PlanExplainer(problem, manager.explain(solution)).result(alternatives);
  }
}
