package nl.veerkracht.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.planner.PlanResult.Alternative;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.Street;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * For each proposal, the next-best dwellings for its client in the plan as it stands: every
 * eligible dwelling that is free and whose street has room, with the move applied and the plan
 * scored by the solver's own (incremental) score director, the same constraints and weights
 * that made the plan; the best few, and what would change for the client in words.
 */
final class Alternatives {

  static final int SHOWN = 3;

  private Alternatives() {
  }

  /** Per client placed and not pinned, its next-best dwellings, best first; leaves the plan as it was. */
  static Map<String, List<Alternative>> of(MediationPlan plan, PlanProblem problem,
      SolverFactory<MediationPlan> solverFactory) {
    Map<Street, Integer> used = new HashMap<>();
    Map<Dwelling, Placement> occupant = new HashMap<>();
    for (Placement placement : plan.getPlacements()) {
      if (placement.isPlaced()) {
        used.merge(placement.getStreet(), placement.getCapacityUse(), Integer::sum);
        occupant.put(placement.getDwelling(), placement);
      }
    }
    Map<String, List<Alternative>> alternatives = new HashMap<>();
    try (InnerScoreDirector<MediationPlan, HardMediumSoftLongScore> director =
        ((DefaultSolverFactory<MediationPlan>) solverFactory).<HardMediumSoftLongScore>getScoreDirectorFactory()
            .buildScoreDirector(false, false)) {
      director.setWorkingSolution(plan);
      director.calculateScore();
      for (Placement placement : plan.getPlacements()) {
        if (placement.isPlaced() && !placement.isPinned()) {
          alternatives.put(placement.getClient(), best(placement, director, used, occupant, problem));
        }
      }
    }
    return alternatives;
  }

  private record Scored(Dwelling dwelling, HardMediumSoftLongScore score) {
  }

  private static List<Alternative> best(Placement placement, InnerScoreDirector<MediationPlan,
      HardMediumSoftLongScore> director, Map<Street, Integer> used, Map<Dwelling, Placement> occupant,
      PlanProblem problem) {
    Dwelling current = placement.getDwelling();
    List<Scored> scored = new ArrayList<>();
    for (Dwelling candidate : placement.getEligibleDwellings()) {
      if (candidate != current && occupant.get(candidate) == null && roomFor(placement, candidate, used)) {
        scored.add(new Scored(candidate, scoreWith(placement, candidate, director)));
      }
    }
    scoreWith(placement, current, director);
    return scored.stream().sorted(Comparator.comparing(Scored::score).reversed()
            .thenComparing(s -> s.dwelling().getId())).limit(SHOWN)
        .map(s -> new Alternative(s.dwelling().getId(), s.dwelling().getStreet().getId(),
            change(placement, current, s.dwelling(), used, problem)))
        .toList();
  }

  private static boolean roomFor(Placement placement, Dwelling candidate, Map<Street, Integer> used) {
    Street street = candidate.getStreet();
    int already = used.getOrDefault(street, 0) - (street == placement.getStreet() ? placement.getCapacityUse() : 0);
    return already + placement.getCapacityUse() <= street.getCapacity();
  }

  private static HardMediumSoftLongScore scoreWith(Placement placement, Dwelling dwelling,
      InnerScoreDirector<MediationPlan, HardMediumSoftLongScore> director) {
    director.beforeVariableChanged(placement, "dwelling");
    placement.setDwelling(dwelling);
    director.afterVariableChanged(placement, "dwelling");
    director.triggerVariableListeners();
    return director.calculateScore();
  }

  /** What the client gains or loses by the move, and how full the street would be. */
  private static List<Statement> change(Placement placement, Dwelling from, Dwelling to, Map<Street, Integer> used,
      PlanProblem problem) {
    List<Statement> change = new ArrayList<>();
    String fromBuurt = from.getBuurt();
    String toBuurt = to.getBuurt();
    String toBuurtName = buurtName(problem, to.getStreet());
    compare(change, placement.prefers(fromBuurt), placement.prefers(toBuurt), "planner.alt.preferred", toBuurtName);
    compare(change, placement.hasCareNearby(fromBuurt), placement.hasCareNearby(toBuurt), "planner.alt.care",
        toBuurtName);
    compare(change, from.getStreet().risingLevel() > 0, to.getStreet().risingLevel() > 0, "planner.alt.rising",
        toBuurtName);
    Street street = to.getStreet();
    int after = used.getOrDefault(street, 0) + (street == from.getStreet() ? 0 : placement.getCapacityUse());
    change.add(Statement.of("planner.alt.street", problem.area(street.getId()).name(), after, street.getCapacity()));
    return change;
  }

  /** "gained" or "lost" when a fact of the client's placement changes with the move. */
  private static void compare(List<Statement> change, boolean before, boolean after, String code, String buurt) {
    if (before != after) {
      change.add(Statement.of(code + (after ? ".gained" : ".lost"), buurt));
    }
  }

  private static String buurtName(PlanProblem problem, Street street) {
    String name = problem.area(street.getId()).buurtName();
    return name == null ? street.getBuurt() : name;
  }
}
