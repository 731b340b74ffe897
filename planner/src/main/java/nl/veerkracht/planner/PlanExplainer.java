package nl.veerkracht.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veerkracht.planner.PlanResult.Alternative;
import nl.veerkracht.planner.PlanResult.Assignment;
import nl.veerkracht.planner.PlanResult.StreetUse;
import nl.veerkracht.planner.PlanResult.Unassigned;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.PlannerWeights;
import nl.veerkracht.planner.domain.Street;
import nl.veerkracht.planner.solver.MediationConstraintProvider;
import nl.veerkracht.rules.letting.LegalSource;
import nl.veerkracht.scenario.Client;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;

/**
 * Turns a solved plan and the solver's score explanation into {@code veerkracht-plan/1}, in
 * statements (message codes with arguments) and without solver numbers. For every assignment:
 * the rules that allow it, the street's room, and each of the policy's goals it meets, taken
 * from the constraint matches that indict the client (so only what the score really counted is
 * said). For every unplaced client, why not, each statement checked against the plan: no
 * eligible dwelling and what refused the others; streets too small or full; a better use of
 * the room; or a free dwelling the search did not reach.
 */
final class PlanExplainer {

  private static final int LISTED_STREETS = 5;

  private final PlanProblem problem;
  private final MediationPlan plan;
  private final Map<Object, Indictment<HardMediumSoftLongScore>> indictments;
  private final Map<Street, Integer> used = new HashMap<>();
  private final Map<Dwelling, Placement> occupant = new HashMap<>();

  PlanExplainer(PlanProblem problem, ScoreExplanation<MediationPlan, HardMediumSoftLongScore> explanation) {
    this(problem, explanation.getSolution(), explanation.getIndictmentMap());
  }

  /** On the constraint matches of a score director that scored the plan, for one client or all. */
  PlanExplainer(PlanProblem problem, MediationPlan plan, Map<Object, Indictment<HardMediumSoftLongScore>> indictments) {
    this.problem = problem;
    this.plan = plan;
    this.indictments = indictments;
    for (Placement placement : plan.getPlacements()) {
      if (placement.isPlaced()) {
        used.merge(placement.getStreet(), placement.getCapacityUse(), Integer::sum);
        occupant.put(placement.getDwelling(), placement);
      }
    }
  }

  PlanResult result(Map<String, List<Alternative>> alternatives) {
    List<Assignment> assignments = new ArrayList<>();
    List<Unassigned> unassigned = new ArrayList<>();
    for (Placement placement : plan.getPlacements()) {
      if (placement.isPlaced()) {
        assignments.add(new Assignment(placement.getClient(), placement.getDwelling().getId(),
            placement.getStreet().getId(), whyThisDwelling(placement),
            alternatives.getOrDefault(placement.getClient(), List.of())));
      } else {
        unassigned.add(new Unassigned(placement.getClient(), whyNotPlaced(placement)));
      }
    }
    List<StreetUse> streets = plan.getStreets().stream().sorted(Comparator.comparing(Street::getId))
        .map(street -> new StreetUse(street.getId(), street.getCapacity(), used.getOrDefault(street, 0))).toList();
    return new PlanResult(PlanResult.FORMAT, new PlanResult.PolicyRef(problem.policy.name(), problem.policy.hash()),
        plan.getScore().toString(), assignments.size(),
        PlacedBy.of(problem.clients.values(), assignments.stream().map(Assignment::client).toList()),
        assignments, unassigned, streets);
  }

  // ------------------------------------------------------------------ assignments

  List<Statement> whyThisDwelling(Placement placement) {
    Client client = problem.clients.get(placement.getClient());
    Dwelling dwelling = placement.getDwelling();
    Street street = dwelling.getStreet();
    List<Statement> lines = new ArrayList<>();
    if (placement.isPinned()) {
      lines.add(Statement.of("planner.kept"));
    }
    if (problem.exclusionsOf(client, dwelling).isEmpty()) {
      lines.add(Statement.of("planner.eligible", problem.mediation.date()));
      if (Boolean.TRUE.equals(client.needsStepFree())) {
        lines.add(Statement.of("planner.eligible.stepFree"));
      }
      if (client.excludedBuurten() != null && !client.excludedBuurten().isEmpty()) {
        lines.add(Statement.of("planner.eligible.avoids"));
      }
      lines.addAll(screeningNotes(client, dwelling));
    }
    int streetUse = used.get(street);
    lines.add(Statement.of("planner.street", streetName(street), buurtName(street), street.getCapacity(), streetUse,
        street.getCapacity() - streetUse));
    matches(placement).forEach(match -> goal(match, placement).ifPresent(lines::add));
    return lines;
  }

  /**
   * What the art. 10 screening leaves open for this placement (screening still required, a
   * conditional woonverklaring), so that the officer sees it before an offer.
   */
  private List<Statement> screeningNotes(Client client, Dwelling dwelling) {
    return problem.mediation.notes(client.id(), dwelling.getId()).stream()
        .filter(note -> LegalSource.WBMGP_10.basis().equals(note.basis()))
        .map(note -> Statement.of("planner.note." + note.outcome().toLowerCase(Locale.ROOT),
            note.args().get("designation")))
        .toList();
  }

  private List<ConstraintMatch<HardMediumSoftLongScore>> matches(Object indicted) {
    Indictment<HardMediumSoftLongScore> indictment = indictments.get(indicted);
    if (indictment == null) {
      return List.of();
    }
    return indictment.getConstraintMatchSet().stream()
        .sorted(Comparator.comparing(ConstraintMatch<HardMediumSoftLongScore>::getConstraintName)).toList();
  }

  /** A goal the score counted for this client, or a hard constraint it breaks, in words; spreading is said by the street's room. */
  private Optional<Statement> goal(ConstraintMatch<HardMediumSoftLongScore> match, Placement placement) {
    Street street = placement.getStreet();
    Client client = problem.clients.get(placement.getClient());
    Statement statement = switch (match.getConstraintName()) {
      case PlannerWeights.WAITING_TIME -> Statement.of("planner.waiting", client.waitingSince(),
          placement.getWaitingDays());
      case PlannerWeights.PREFERRED_BUURT -> Statement.of("planner.preferred", buurtName(street));
      case PlannerWeights.CARE_PROVIDER_NEARBY -> Statement.of("planner.care", client.careProvider(), buurtName(street));
      case PlannerWeights.RISING_CONCENTRATION -> Statement.of("planner.rising", buurtName(street));
      case PlannerWeights.KEEP_PROPOSALS -> Statement.of("planner.moved", placement.getPreviousDwelling().getId());
      case MediationConstraintProvider.ELIGIBLE_DWELLING -> Statement.of("planner.broken.eligible",
          String.join(", ", problem.exclusionsOf(client, placement.getDwelling())));
      case MediationConstraintProvider.STREET_CAPACITY -> Statement.of("planner.broken.capacity", streetName(street));
      case MediationConstraintProvider.ONE_CLIENT_PER_DWELLING -> Statement.of("planner.broken.double");
      default -> null;
    };
    return Optional.ofNullable(statement);
  }

  private String streetName(Street street) {
    return problem.area(street.getId()).name();
  }

  private String buurtName(Street street) {
    String name = problem.area(street.getId()).buurtName();
    return name == null ? street.getBuurt() : name;
  }

  // ------------------------------------------------------------------ unplaced clients

  private List<Statement> whyNotPlaced(Placement placement) {
    Client client = problem.clients.get(placement.getClient());
    List<Dwelling> eligible = placement.getEligibleDwellings();
    int offers = plan.getDwellings().size();
    if (offers == 0) {
      return List.of(Statement.of("planner.unplaced.noOffers"));
    }
    List<Statement> reasons = new ArrayList<>();
    Set<Street> streets = eligible.stream().map(Dwelling::getStreet)
        .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Street::getId))));
    reasons.add(eligible.isEmpty() ? Statement.of("planner.unplaced.noneEligible", offers)
        : Statement.of("planner.unplaced.eligible", eligible.size(), offers, streets.size()));
    reasons.addAll(exclusionSummary(client.id()));
    if (eligible.isEmpty()) {
      return reasons;
    }
    int use = placement.getCapacityUse();
    List<Street> tooSmall = streets.stream().filter(s -> s.getCapacity() < use).toList();
    List<Street> full = streets.stream().filter(s -> s.getCapacity() >= use && room(s) < use).toList();
    List<Dwelling> freeWithRoom = eligible.stream()
        .filter(d -> occupant.get(d) == null && room(d.getStreet()) >= use).toList();
    if (!tooSmall.isEmpty()) {
      reasons.add(Statement.of("planner.unplaced.tooSmall", use, listed(tooSmall, this::streetName)));
    }
    if (!full.isEmpty()) {
      reasons.add(Statement.of("planner.unplaced.streetsFull", listed(full, this::useText)));
    }
    if (freeWithRoom.isEmpty() && (!full.isEmpty() || tooSmall.size() < streets.size())) {
      reasons.add(Statement.of("planner.unplaced.betterUse", placement.getWaitingDays()));
    } else if (!freeWithRoom.isEmpty()) {
      reasons.add(Statement.of("planner.unplaced.notReached", freeWithRoom.get(0).getId(),
          streetName(freeWithRoom.get(0).getStreet())));
    }
    return reasons;
  }

  private int room(Street street) {
    return street.getCapacity() - used.getOrDefault(street, 0);
  }

  private String useText(Street street) {
    return streetName(street) + " (" + used.getOrDefault(street, 0) + "/" + street.getCapacity() + ")";
  }

  private static String listed(List<Street> streets, Function<Street, String> text) {
    String shown = streets.stream().limit(LISTED_STREETS).map(text).collect(Collectors.joining(", "));
    return streets.size() > LISTED_STREETS ? shown + " (+" + (streets.size() - LISTED_STREETS) + ")" : shown;
  }

  /** What excludes the other direct offers, one statement per reason: a refusing rule, not step-free, ... */
  private List<Statement> exclusionSummary(String client) {
    List<Statement> statements = new ArrayList<>();
    new TreeMap<>(problem.exclusions.get(client)).forEach((reason, count) -> statements.add(switch (reason) {
      case PlanProblem.NOT_STEP_FREE -> Statement.of("planner.excluded.notStepFree", count);
      case PlanProblem.EXCLUDED_BUURT -> Statement.of("planner.excluded.avoidedBuurt", count);
      case PlanProblem.REJECTED -> Statement.of("planner.excluded.rejected", count);
      default -> Statement.of("planner.excluded.rule", count, reason);
    }));
    return statements;
  }
}
