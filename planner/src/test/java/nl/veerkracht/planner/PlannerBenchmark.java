package nl.veerkracht.planner;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.veerkracht.scenario.Scenario;

/**
 * The planner benchmark of docs/benchmarks.md: on generated instances of three sizes, the
 * solver's placed count and time beside the exact optimum (OR-Tools), the greedy baseline and
 * the construction heuristic alone, in one run. Not a test: run it with
 * {@code mvn -q -pl planner test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.veerkracht.planner.PlannerBenchmark [-Dexec.args="SEED ..."]}.
 */
public final class PlannerBenchmark {

  record Size(int clients, int dwellings, int streets, int seconds) {
  }

  static final List<Size> SIZES = List.of(new Size(60, 90, 30, 10), new Size(400, 700, 150, 20),
      new Size(1200, 2000, 400, 30));
  private static final double EXACT_SECONDS = 300;

  public static void main(String[] args) {
    List<Long> seeds = args.length == 0 ? List.of(1L) : List.of(args).stream().map(Long::valueOf).toList();
    System.out.printf("%-15s %4s %8s %6s %6s | %7s %-11s %6s | %6s %7s %6s %7s | %7s%n", "instance", "seed", "pairs",
        "greedy", "constr", "optimum", "method", "exact s", "solver", "prep s", "best s", "solve s", "of opt");
    for (long seed : seeds) {
      for (Size size : SIZES) {
        run(size, seed);
      }
    }
  }

  private static void run(Size size, long seed) {
    Scenario scenario = GeneratedInstances.scenario(seed, size.clients(), size.dwellings(), size.streets());
    long prepareStart = System.nanoTime();
    PlanningSession session = Planner.prepare(scenario, PlanOptions.defaults().withSeconds(size.seconds()));
    double prepareSeconds = (System.nanoTime() - prepareStart) / 1e9;
    long pairs = session.problem().getPlacements().stream().mapToLong(p -> p.getEligibleDwellings().size()).sum();
    int greedy = GreedyBaseline.placed(session.problem());
    int constructed = Planner.prepare(scenario, PlanOptions.defaults().withSteps(0L)).solve().placed();
    ExactReference.Optimum optimum = ExactReference.maxPlaced(session.problem(), EXACT_SECONDS);

    AtomicInteger best = new AtomicInteger();
    AtomicLong bestAt = new AtomicLong();
    long solveStart = System.nanoTime();
    PlanResult result = session.solve(progress -> {
      if (progress.placed() > best.get()) {
        best.set(progress.placed());
        bestAt.set(progress.millisSpent());
      }
    });
    double solveSeconds = (System.nanoTime() - solveStart) / 1e9;

    System.out.printf("%-15s %4d %8d %6d %6d | %6d%s %-11s %6.1f | %6s %7.1f %6.1f %7.1f | %6.2f%%%n",
        size.clients() + "/" + size.dwellings() + "/" + size.streets(), seed, pairs, greedy, constructed, optimum.placed(),
        optimum.optimal() ? " " : "?", optimum.method(), optimum.seconds(),
        result.placed() + (feasible(result) ? "" : "!"), prepareSeconds, bestAt.get() / 1000.0, solveSeconds,
        100.0 * result.placed() / optimum.placed());
  }

  private static boolean feasible(PlanResult result) {
    return result.score().startsWith("0hard");
  }
}
