package nl.veerkracht.app.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.app.api.ConflictException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.planner.Match;
import nl.veerkracht.planner.Statement;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Unit;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer changes a proposed match to another dwelling: the officer's decision, kept like an
 * acceptance (status CHANGED, the dwelling and the client claimed). The dwellings on offer, and
 * the change itself, pass the same checks as the planner's: the rules do not refuse, the
 * client's needs are met, the dwelling is free, and its street has room left. The explanation
 * is derived again, by the planner's own score evaluation, for the new dwelling.
 */
@Service
public class Change {

  private static final List<String> LIVE = List.of("PROPOSED", "ACCEPTED", "CHANGED", "OFFERED", "SIGNED");

  private final JdbcTemplate jdbc;
  private final PlanStore store;
  private final AuditTrail trail;
  private final PlanningContexts contexts;

  public Change(JdbcTemplate jdbc, PlanStore store, AuditTrail trail, PlanningContexts contexts) {
    this.jdbc = jdbc;
    this.store = store;
    this.trail = trail;
    this.contexts = contexts;
  }

  /** The dwellings a proposed match could move to, in the order of the offers, in a plan's use ({@link #use}). */
  public static List<Unit> alternatives(String client, String currentUnit, PlanUse use, PlanningContext context) {
    List<Unit> alternatives = new ArrayList<>();
    String currentStreet = currentStreet(currentUnit, context);
    for (String offer : context.scenario().directOffers()) {
      Unit unit = context.units().get(offer);
      if (!offer.equals(currentUnit) && context.allowed(client, offer) && !use.taken(offer)
          && use.roomFor(unit.street(), context.use(client), currentStreet)) {
        alternatives.add(unit);
      }
    }
    return alternatives;
  }

  /**
   * Moves the match to the dwelling for the reason given (both required); 409 when the match is
   * no longer a proposal, was changed by someone else, or the dwelling or client is taken.
   */
  @Transactional
  public void change(long matchId, String unitId, String reason, Integer expectedVersion, String officer) {
    List<Problem> problems = new ArrayList<>();
    if (unitId == null || unitId.isBlank()) {
      problems.add(new Problem("unit", "is required: choose the dwelling"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new Problem("reason", "is required to change a match"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, Object> match = store.actionableMatch(matchId);
    if (!"PROPOSED".equals(match.get("status"))) {
      throw ConflictException.because("conflict.changeOnlyProposal", matchId,
          new DefaultMessageSourceResolvable("match." + match.get("status")));
    }
    int version = ((Number) match.get("version")).intValue();
    if (expectedVersion != null && expectedVersion != version) {
      throw ConflictException.because("conflict.stale", matchId);
    }
    long planId = ((Number) match.get("plan_id")).longValue();
    long dataset = ((Number) match.get("dataset_id")).longValue();
    PlanningContext context = contexts.of(dataset);
    String client = (String) match.get("client");
    String current = (String) match.get("unit");
    PlanUse use = use(planId, context);
    if (alternatives(client, current, use, context).stream().noneMatch(u -> u.id().equals(unitId))) {
      if (use.taken(unitId)) {
        throw ConflictException.because("conflict.unitTaken", unitId);
      }
      throw new InvalidInputException("unit", "dwelling " + unitId + " is not open to client " + client
          + ": the rules, the client's needs or the street's capacity stand in the way");
    }
    Unit unit = context.units().get(unitId);
    List<Statement> explanation = explanation(planId, matchId, client, unitId, dataset);
    int updated = jdbc.update("UPDATE plan_match SET unit = ?, street = ?, status = 'CHANGED', reason = ?,"
        + " explanation = ?, alternatives = NULL, decided_by = ?, decided_at = ?, version = version + 1"
        + " WHERE id = ? AND version = ?",
        unitId, unit.street(), reason.strip(), PlanTexts.json(explanation), officer, store.now(), matchId, version);
    if (updated == 0) {
      throw ConflictException.because("conflict.stale", matchId);
    }
    store.claim(dataset, unitId, client, matchId);
    trail.append(AuditKind.MATCH_ACTION, "match " + matchId, officer, ScenarioJson.mapper().createObjectNode()
        .put("match", Long.toString(matchId)).put("plan", Long.toString(planId)).put("client", client)
        .put("action", "CHANGE").put("from", "PROPOSED").put("to", "CHANGED").put("fromUnit", current)
        .put("unit", unitId).put("reason", reason.strip()));
  }

  /**
   * The planner's explanation of the client on the new dwelling, in the plan as the officers have
   * it now (every live match pinned), on the dataset's kept problem: only what changed since the
   * last explanation is scored again.
   */
  private List<Statement> explanation(long planId, long matchId, String client, String unitId, long dataset) {
    List<Match> live = new ArrayList<>();
    for (PlanStore.StoredMatch m : store.matches(planId)) {
      if (LIVE.contains(m.status())) {
        live.add(Long.toString(matchId).equals(m.matchId()) ? new Match(client, unitId) : new Match(m.client(), m.unit()));
      }
    }
    return contexts.explainerOf(dataset).explain(live, client);
  }

  private static String currentStreet(String unit, PlanningContext context) {
    Unit current = context.units().get(unit);
    return current == null ? null : current.street();
  }

  /** Which dwellings the plan's live matches and all acceptances hold, and each street's use. */
  public PlanUse use(long planId, PlanningContext context) {
    Map<String, Integer> capacity = new HashMap<>();
    store.streets(planId).forEach(street -> capacity.put(street.street(), street.capacity()));
    Map<String, Integer> used = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (PlanStore.StoredMatch match : store.matches(planId)) {
      if (LIVE.contains(match.status())) {
        taken.add(match.unit());
        used.merge(match.street(), context.use(match.client()), Integer::sum);
      }
    }
    // a dwelling is its unit id in every dataset: an acceptance anywhere takes it
    taken.addAll(jdbc.queryForList("SELECT unit FROM accepted_match", String.class));
    return new PlanUse(capacity, used, taken);
  }

  /** The dwellings taken and each street's capacity and use, in a plan as the officers have it. */
  public record PlanUse(Map<String, Integer> capacity, Map<String, Integer> used, Set<String> takenUnits) {

    boolean taken(String unit) {
      return takenUnits.contains(unit);
    }

    /** Room for the client in the street, counting the client's own use out of its current street. */
    boolean roomFor(String street, int use, String currentStreet) {
      int already = used.getOrDefault(street, 0) - (street.equals(currentStreet) ? use : 0);
      return already + use <= capacity.getOrDefault(street, 0);
    }
  }
}
