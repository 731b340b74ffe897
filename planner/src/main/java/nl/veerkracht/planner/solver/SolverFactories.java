package nl.veerkracht.planner.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.planner.domain.MediationPlan;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The solver factories of the last few solver configurations, kept: building one compiles the
 * constraint streams (about half a second on the demo city's machine), and a factory is
 * thread-safe and depends only on the time cap, the step limit and the seed. An officer's change
 * of dwelling, which explains the plan again, and a simulation's monthly plans reuse theirs.
 */
public final class SolverFactories {

  private static final int KEPT = 16;

  private static final Map<List<Object>, SolverFactory<MediationPlan>> FACTORIES =
      new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, SolverFactory<MediationPlan>> eldest) {
          return size() > KEPT;
        }
      };

  private SolverFactories() {
  }

  /** The factory of {@link SolverSettings#solverConfig(int, Long, long)} for these settings. */
  public static synchronized SolverFactory<MediationPlan> of(int seconds, Long steps, long seed) {
    return FACTORIES.computeIfAbsent(List.of(seconds, steps == null ? -1L : steps, seed),
        key -> SolverFactory.create(SolverSettings.solverConfig(seconds, steps, seed)));
  }
}
