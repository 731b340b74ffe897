package nl.veerkracht.planner;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;

/**
 * The most clients any plan can place, from an independent exact solver (OR-Tools) on the same
 * problem: a client on at most one eligible dwelling (a pinned client on its own), a dwelling
 * to at most one client, each street's summed capacity use within its capacity; maximise the
 * clients placed.
 *
 * <p>The linear relaxation is solved first (GLOP). Its optimum bounds every plan; when its
 * optimal vertex is integral it is itself a plan, so it is the exact optimum. Otherwise the
 * model is solved as a MIP (SCIP) within the time limit, which proves the optimum or reports
 * the best plan and the bound it reached.
 */
public final class ExactReference {

  /**
   * @param placed the most clients placed (a proven optimum when {@code optimal})
   * @param bound the upper bound on any plan
   * @param method how it was found: "LP integral" or "MIP"
   */
  public record Optimum(int placed, int bound, boolean optimal, String method, double seconds) {
  }

  private ExactReference() {
  }

  public static Optimum maxPlaced(MediationPlan plan, double timeLimitSeconds) {
    Loader.loadNativeLibraries();
    long start = System.nanoTime();
    Model relaxation = new Model(plan, false);
    relaxation.solver.solve();
    int bound = (int) Math.floor(relaxation.solver.objective().value() + 1e-6);
    if (relaxation.integral()) {
      relaxation.solver.delete();
      return new Optimum(bound, bound, true, "LP integral", seconds(start));
    }
    relaxation.solver.delete();
    Model mip = new Model(plan, true);
    mip.solver.setTimeLimit((long) (timeLimitSeconds * 1000));
    MPSolver.ResultStatus status = mip.solver.solve();
    int placed = (int) Math.round(mip.solver.objective().value());
    int mipBound = Math.min(bound, (int) Math.floor(mip.solver.objective().bestBound() + 1e-6));
    mip.solver.delete();
    return new Optimum(placed, mipBound, status == MPSolver.ResultStatus.OPTIMAL || placed == mipBound, "MIP",
        seconds(start));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** One variable per eligible client-dwelling pair. */
  private static final class Model {
    final MPSolver solver;
    final List<MPVariable> pairs = new ArrayList<>();

    Model(MediationPlan plan, boolean integer) {
      solver = MPSolver.createSolver(integer ? "SCIP" : "GLOP");
      Map<Object, MPConstraint> capacities = new HashMap<>();
      for (Placement placement : plan.getPlacements()) {
        List<Dwelling> options = placement.isPinned() ? List.of(placement.getDwelling())
            : placement.getEligibleDwellings();
        MPConstraint oneDwelling = solver.makeConstraint(placement.isPinned() ? 1 : 0, 1);
        for (Dwelling dwelling : options) {
          MPVariable x = integer ? solver.makeBoolVar("") : solver.makeNumVar(0, 1, "");
          pairs.add(x);
          oneDwelling.setCoefficient(x, 1);
          capacities.computeIfAbsent(dwelling, d -> solver.makeConstraint(0, 1)).setCoefficient(x, 1);
          capacities.computeIfAbsent(dwelling.getStreet(), s -> solver.makeConstraint(0, dwelling.getStreet().getCapacity()))
              .setCoefficient(x, placement.getCapacityUse());
          solver.objective().setCoefficient(x, 1);
        }
      }
      solver.objective().setMaximization();
    }

    boolean integral() {
      return pairs.stream().allMatch(x -> Math.abs(x.solutionValue() - Math.rint(x.solutionValue())) < 1e-6);
    }
  }
}
