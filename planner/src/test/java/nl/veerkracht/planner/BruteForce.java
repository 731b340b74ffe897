package nl.veerkracht.planner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The best score of a tiny problem by trying every plan (each client on none or one of its
 * eligible dwellings, no dwelling twice), each scored by the same constraints as the solver.
 * Leaves the problem unsolved, as it found it.
 */
final class BruteForce {

  record Best(HardMediumSoftLongScore score, long plans) {
  }

  private final List<Placement> placements;
  private final MediationPlan plan;
  private final SolutionManager<MediationPlan, HardMediumSoftLongScore> scorer;
  private final Set<Dwelling> taken = new HashSet<>();
  private HardMediumSoftLongScore best;
  private long plans;

  private BruteForce(PlanningSession session) {
    this.plan = session.problem();
    this.placements = plan.getPlacements();
    this.scorer = SolutionManager.create(SolverFactory.create(session.solverConfig()));
  }

  static Best best(PlanningSession session) {
    BruteForce search = new BruteForce(session);
    search.tryFrom(0);
    search.placements.forEach(placement -> placement.setDwelling(null));
    search.plan.setScore(null);
    return new Best(search.best, search.plans);
  }

  private void tryFrom(int index) {
    if (index == placements.size()) {
      HardMediumSoftLongScore score = scorer.update(plan);
      plans++;
      if (best == null || score.compareTo(best) > 0) {
        best = score;
      }
      return;
    }
    Placement placement = placements.get(index);
    placement.setDwelling(null);
    tryFrom(index + 1);
    for (Dwelling dwelling : placement.getEligibleDwellings()) {
      if (taken.add(dwelling)) {
        placement.setDwelling(dwelling);
        tryFrom(index + 1);
        placement.setDwelling(null);
        taken.remove(dwelling);
      }
    }
  }
}
