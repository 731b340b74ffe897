package nl.veerkracht.simulation;

import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.simulation.SimulationResult.BuurtOutcome;
import nl.veerkracht.simulation.SimulationResult.Difference;
import nl.veerkracht.simulation.SimulationResult.VariantOutcome;

/**
 * A run repeated on several seeds (docs/simulation.md, "Replications"): every replication runs
 * every variant on its own common draws (replication r on seed + r), so within a replication
 * the variants differ by their policies alone, and across replications the draws vary. Each
 * buurt of every variant after the first gets the mean difference of its
 * {@code vulnerableLettings} against the first variant over the replications, with a 95 %
 * interval (Student's t). The replications run in parallel ({@link Parallel}); the result is the
 * first replication's, with the differences added, the same whatever the order they finish in.
 */
final class Replications {

  private Replications() {
  }

  static SimulationResult run(Simulator.Runner runner, SimulationSettings settings, Simulator.Progress progress,
      int threads) {
    int count = settings.replications();
    Parallel.Steps steps = new Parallel.Steps(count, progress);
    return withDifferences(Parallel.map(count, threads,
        replication -> runner.run(settings.seed() + replication, steps.of(replication))), count);
  }

  /** The first result, each buurt of every later variant with its difference over all results. */
  static SimulationResult withDifferences(List<SimulationResult> results, int replications) {
    SimulationResult first = results.get(0);
    List<VariantOutcome> variants = new ArrayList<>();
    for (int v = 0; v < first.variants().size(); v++) {
      VariantOutcome outcome = first.variants().get(v);
      if (v == 0) {
        variants.add(outcome);
        continue;
      }
      List<BuurtOutcome> buurten = new ArrayList<>();
      for (int b = 0; b < outcome.buurten().size(); b++) {
        int[] baseline = new int[results.size()];
        int[] variant = new int[results.size()];
        for (int r = 0; r < results.size(); r++) {
          baseline[r] = results.get(r).variants().get(0).buurten().get(b).vulnerableLettings();
          variant[r] = results.get(r).variants().get(v).buurten().get(b).vulnerableLettings();
        }
        buurten.add(outcome.buurten().get(b).withDifference(Difference.of(baseline, variant)));
      }
      variants.add(new VariantOutcome(outcome.policy(), outcome.carriedForwardYears(), outcome.totals(), buurten));
    }
    return first.withReplications(replications, variants);
  }
}
