package nl.veerkracht.app.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.app.api.ConflictException;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer changes a proposed match to another dwelling. The alternatives on offer, and the
 * change itself, pass the same checks as the planner's: the rules do not refuse, the client's
 * needs are met, the dwelling is free, and its street has room left.
 */
@Service
public class Swap {

  private static final List<String> LIVE = List.of("PROPOSED", "ACCEPTED", "OFFERED", "SIGNED");

  private final JdbcTemplate jdbc;
  private final PlanStore store;
  private final AuditTrail trail;

  public Swap(JdbcTemplate jdbc, PlanStore store, AuditTrail trail) {
    this.jdbc = jdbc;
    this.store = store;
    this.trail = trail;
  }

  /** The dwellings a proposed match could move to, in the order of the offers. */
  public List<Unit> alternatives(long planId, String client, String currentUnit, PlanningContext context) {
    PlanUse use = use(planId, context);
    List<Unit> alternatives = new ArrayList<>();
    for (Unit unit : context.units().values()) {
      if (!unit.id().equals(currentUnit) && context.allowed(client, unit.id()) && !use.taken(unit.id())
          && use.roomFor(unit.street(), context.use(client), currentStreet(currentUnit, context))) {
        alternatives.add(unit);
      }
    }
    return alternatives;
  }

  @Transactional
  public void swap(long matchId, String unitId, int expectedVersion, String officer, PlanningContext context) {
    Map<String, Object> match = store.matchRow(matchId);
    if (match == null) {
      throw new NotFoundException("match " + matchId);
    }
    if (!"PROPOSED".equals(match.get("status"))) {
      throw new ConflictException("match " + matchId + " is " + match.get("status") + ": only a proposal can be changed");
    }
    long planId = ((Number) match.get("plan_id")).longValue();
    String client = (String) match.get("client");
    String current = (String) match.get("unit");
    boolean offered = alternatives(planId, client, current, context).stream().anyMatch(u -> u.id().equals(unitId));
    if (!offered) {
      throw new InvalidInputException("unit", "dwelling " + unitId + " is not open to client " + client
          + ": the rules, the client's needs, another match or the street's capacity stand in the way");
    }
    Unit unit = context.units().get(unitId);
    int updated = jdbc.update("UPDATE plan_match SET unit = ?, street = ?, decided_by = ?, decided_at = ?,"
        + " version = version + 1 WHERE id = ? AND version = ?", unitId, unit.street(), officer, store.now(), matchId,
        expectedVersion);
    if (updated == 0) {
      throw new ConflictException("match " + matchId + " was changed by someone else; reload it");
    }
    trail.append(AuditKind.MATCH_ACTION, "match " + matchId, officer, ScenarioJson.mapper().createObjectNode()
        .put("match", Long.toString(matchId)).put("plan", Long.toString(planId)).put("client", client)
        .put("action", "SWAP").put("from", current).put("to", unitId));
  }

  private static String currentStreet(String unit, PlanningContext context) {
    Unit current = context.units().get(unit);
    return current == null ? null : current.street();
  }

  /** Which dwellings the plan's live matches and the dataset's acceptances hold, and each street's use. */
  private PlanUse use(long planId, PlanningContext context) {
    Map<String, Integer> capacity = new HashMap<>();
    store.streets(planId).forEach(street -> capacity.put(street.street(), street.capacity()));
    Map<String, Integer> used = new HashMap<>();
    List<String> taken = new ArrayList<>();
    for (PlanView.MatchView match : store.matches(planId)) {
      if (LIVE.contains(match.status())) {
        taken.add(match.unit());
        used.merge(match.street(), context.use(match.client()), Integer::sum);
      }
    }
    taken.addAll(jdbc.queryForList("SELECT a.unit FROM accepted_match a JOIN plan p ON p.dataset_id = a.dataset_id"
        + " WHERE p.id = ?", String.class, planId));
    return new PlanUse(capacity, used, taken);
  }

  private record PlanUse(Map<String, Integer> capacity, Map<String, Integer> used, List<String> takenUnits) {

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
