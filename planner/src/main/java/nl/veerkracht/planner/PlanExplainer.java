package nl.veerkracht.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.veerkracht.planner.PlanResult.Assignment;
import nl.veerkracht.planner.PlanResult.StreetUse;
import nl.veerkracht.planner.PlanResult.Unassigned;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.PlannerWeights;
import nl.veerkracht.planner.domain.Street;
import nl.veerkracht.planner.solver.MediationConstraintProvider;
import nl.veerkracht.scenario.Client;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;

/**
 * Turns a solved plan and the solver's score explanation into {@code veerkracht-plan/1}: for
 * every assignment the constraints it meets and the soft score it earns (the constraint matches
 * that indict the client or its street), for every unplaced client why not (no eligible
 * dwelling and what refused the others; the eligible streets full; or a better use of the room).
 */
final class PlanExplainer {

  private static final int LISTED_STREETS = 5;

  private final PlanProblem problem;
  private final MediationPlan plan;
  private final Map<Object, Indictment<HardMediumSoftLongScore>> indictments;
  private final Map<Street, Integer> used = new HashMap<>();
  private final Map<Street, List<Placement>> placedIn = new HashMap<>();
  private final Map<Dwelling, Placement> occupant = new HashMap<>();

  PlanExplainer(PlanProblem problem, ScoreExplanation<MediationPlan, HardMediumSoftLongScore> explanation) {
    this.problem = problem;
    this.plan = explanation.getSolution();
    this.indictments = explanation.getIndictmentMap();
    for (Placement placement : plan.getPlacements()) {
      if (placement.isPlaced()) {
        used.merge(placement.getStreet(), placement.getCapacityUse(), Integer::sum);
        placedIn.computeIfAbsent(placement.getStreet(), s -> new ArrayList<>()).add(placement);
        occupant.put(placement.getDwelling(), placement);
      }
    }
  }

  PlanResult result() {
    List<Assignment> assignments = new ArrayList<>();
    List<Unassigned> unassigned = new ArrayList<>();
    for (Placement placement : plan.getPlacements()) {
      if (placement.isPlaced()) {
        assignments.add(new Assignment(placement.getClient(), placement.getDwelling().getId(),
            placement.getStreet().getId(), whyThisDwelling(placement)));
      } else {
        unassigned.add(new Unassigned(placement.getClient(), whyNotPlaced(placement)));
      }
    }
    List<StreetUse> streets = plan.getStreets().stream().sorted(Comparator.comparing(Street::getId))
        .map(street -> new StreetUse(street.getId(), street.getCapacity(), used.getOrDefault(street, 0))).toList();
    return new PlanResult(PlanResult.FORMAT, new PlanResult.PolicyRef(problem.policy.name(), problem.policy.hash()),
        plan.getScore().toString(), assignments.size(), assignments, unassigned, streets);
  }

  // ------------------------------------------------------------------ assignments

  private List<String> whyThisDwelling(Placement placement) {
    Client client = problem.clients.get(placement.getClient());
    Dwelling dwelling = placement.getDwelling();
    Street street = dwelling.getStreet();
    List<String> lines = new ArrayList<>();
    if (placement.isPinned()) {
      lines.add("accepted match: kept fixed in this plan");
    }
    List<String> exclusions = problem.exclusionsOf(client, dwelling);
    if (exclusions.isEmpty()) {
      lines.add("eligible: no rule of the rule base refuses " + client.id() + " for " + dwelling.getId() + " on "
          + problem.mediation.date() + " (direct mediation: no passend exceptions, no DAEB free room)"
          + plannerConditionsMet(client));
    }
    lines.add("street " + street.getId() + " (buurt " + street.getBuurt() + "): capacity " + street.getCapacity()
        + ", this plan uses " + used.get(street) + ", of which " + client.id() + " " + placement.getCapacityUse()
        + " (" + client.support() + " support)");
    matches(placement).forEach(match -> lines.add(describe(match, placement)));
    matches(street).forEach(match -> lines.add(describe(match, placement)));
    return lines;
  }

  private static String plannerConditionsMet(Client client) {
    StringBuilder conditions = new StringBuilder();
    if (Boolean.TRUE.equals(client.needsStepFree())) {
      conditions.append("; step-free, as the client needs");
    }
    if (client.excludedBuurten() != null && !client.excludedBuurten().isEmpty()) {
      conditions.append("; outside the buurten the client must avoid");
    }
    return conditions.toString();
  }

  private List<ConstraintMatch<HardMediumSoftLongScore>> matches(Object indicted) {
    Indictment<HardMediumSoftLongScore> indictment = indictments.get(indicted);
    if (indictment == null) {
      return List.of();
    }
    return indictment.getConstraintMatchSet().stream()
        .sorted(Comparator.comparing(ConstraintMatch<HardMediumSoftLongScore>::getConstraintName)).toList();
  }

  /** One constraint match in words: the constraint, the score it gives, and the facts behind it. */
  private String describe(ConstraintMatch<HardMediumSoftLongScore> match, Placement placement) {
    String name = match.getConstraintName();
    String score = scoreText(match.getScore());
    Street street = placement.getStreet();
    String buurt = street.getBuurt();
    return name + ": " + score + switch (name) {
      case PlannerWeights.WAITING_TIME -> " (waiting since " + problem.clients.get(placement.getClient()).waitingSince()
          + ", " + placement.getWaitingDays() + " days)";
      case PlannerWeights.PREFERRED_BUURT -> " (" + buurt + " is one of the client's preferred buurten)";
      case PlannerWeights.CARE_PROVIDER_NEARBY -> " (" + problem.clients.get(placement.getClient()).careProvider()
          + " works in or next to " + buurt + ")";
      case PlannerWeights.SPREAD_OVER_STREETS -> " for street " + street.getId() + " as a whole ("
          + used.get(street) + " capacity used, weighed squared)";
      case PlannerWeights.RISING_CONCENTRATION -> " (buurt " + buurt + " is " + street.getTypology() + ")";
      case PlannerWeights.KEEP_PROPOSALS -> " (the earlier plan proposed " + placement.getPreviousDwelling().getId() + ")";
      case MediationConstraintProvider.ELIGIBLE_DWELLING -> " BROKEN: the accepted match is no longer eligible: "
          + String.join(", ", problem.exclusionsOf(problem.clients.get(placement.getClient()), placement.getDwelling()));
      case MediationConstraintProvider.STREET_CAPACITY -> " BROKEN: street " + street.getId() + " is over its capacity";
      case MediationConstraintProvider.ONE_CLIENT_PER_DWELLING -> " BROKEN: another client has the same dwelling";
      default -> "";
    };
  }

  private static String scoreText(HardMediumSoftLongScore score) {
    if (score.hardScore() != 0) {
      return score.hardScore() + " hard";
    }
    if (score.mediumScore() != 0) {
      return score.mediumScore() + " medium";
    }
    return (score.softScore() > 0 ? "+" : "") + score.softScore() + " soft";
  }

  // ------------------------------------------------------------------ unplaced clients

  private List<String> whyNotPlaced(Placement placement) {
    Client client = problem.clients.get(placement.getClient());
    List<Dwelling> eligible = placement.getEligibleDwellings();
    String others = exclusionSummary(client.id());
    if (plan.getDwellings().isEmpty()) {
      return List.of("no eligible dwelling: the scenario has no direct offers");
    }
    if (eligible.isEmpty()) {
      return List.of("no eligible dwelling: of the " + plan.getDwellings().size() + " direct offers " + others);
    }
    Set<Street> streets = eligible.stream().map(Dwelling::getStreet)
        .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Street::getId))));
    List<String> reasons = new ArrayList<>();
    reasons.add("eligible for " + eligible.size() + " of the " + plan.getDwellings().size() + " direct offers, in "
        + streets.size() + " street(s)" + (others.isEmpty() ? "" : "; of the others " + others));
    int use = placement.getCapacityUse();
    List<Street> tooSmall = streets.stream().filter(s -> s.getCapacity() < use).toList();
    List<Street> full = streets.stream().filter(s -> s.getCapacity() >= use && room(s) < use).toList();
    List<Dwelling> freeWithRoom = eligible.stream()
        .filter(d -> occupant.get(d) == null && room(d.getStreet()) >= use).toList();
    if (!tooSmall.isEmpty()) {
      reasons.add("no capacity for a client using " + use + " in " + listed(tooSmall, this::capacityText));
    }
    if (!full.isEmpty()) {
      reasons.add("eligible streets full: the capacity of " + listed(full, this::useText)
          + " goes to the clients this plan places there");
    }
    if (freeWithRoom.isEmpty() && (!full.isEmpty() || tooSmall.size() < streets.size())) {
      reasons.add("a better use of the remaining room: placing " + client.id() + " would take the place or the room"
          + " of a placed client using as much capacity or less, so no more clients would be placed; the soft goals"
          + " (waiting time: " + placement.getWaitingDays() + " days, preferences, care nearby, spreading) favour"
          + " the clients placed");
    } else if (!freeWithRoom.isEmpty()) {
      reasons.add("not reached by this search: " + freeWithRoom.get(0).getId() + " in street "
          + freeWithRoom.get(0).getStreet().getId() + " is free with room left (the time or step limit ended the"
          + " search first)");
    }
    return reasons;
  }

  private int room(Street street) {
    return street.getCapacity() - used.getOrDefault(street, 0);
  }

  private String capacityText(Street street) {
    return street.getId() + " (capacity " + street.getCapacity() + ")";
  }

  private String useText(Street street) {
    String clients = placedIn.getOrDefault(street, List.of()).stream().map(Placement::getClient)
        .collect(Collectors.joining(", "));
    return street.getId() + " (" + used.getOrDefault(street, 0) + " of " + street.getCapacity() + " used"
        + (clients.isEmpty() ? "" : " by " + clients) + ")";
  }

  private static String listed(List<Street> streets, java.util.function.Function<Street, String> text) {
    String shown = streets.stream().limit(LISTED_STREETS).map(text).collect(Collectors.joining(", "));
    return streets.size() > LISTED_STREETS ? shown + " and " + (streets.size() - LISTED_STREETS) + " more" : shown;
  }

  /** What excludes the other direct offers: "42 refused by PASSEND, 12 not step-free, ...". */
  private String exclusionSummary(String client) {
    return problem.exclusions.get(client).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
