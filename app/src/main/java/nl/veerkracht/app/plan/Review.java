package nl.veerkracht.app.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import nl.veerkracht.app.api.ConflictException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's actions on a match, through the table-driven state machine
 * ({@code match_transition}): accept, reject (with a reason), offer, sign, withdraw. An
 * acceptance claims the dwelling and the client in {@code accepted_match}, whose unique keys
 * make the database refuse a second claim from any plan or officer (409). A match changed by
 * someone else since it was read is refused too (optimistic locking on its version). Every
 * action is recorded in the audit trail with who, when, what and why.
 */
@Service
public class Review {

  /** What an officer can do to a match. */
  public enum Action {
    ACCEPT, REJECT, OFFER, SIGN, WITHDRAW
  }

  private final JdbcTemplate jdbc;
  private final PlanStore store;
  private final AuditTrail trail;

  public Review(JdbcTemplate jdbc, PlanStore store, AuditTrail trail) {
    this.jdbc = jdbc;
    this.store = store;
    this.trail = trail;
  }

  /**
   * Applies an action; {@code expectedVersion} (null = the current one) guards against acting on
   * a match someone else changed meanwhile. Returns the match's new status.
   */
  @Transactional
  public String act(long matchId, Action action, String reason, Integer expectedVersion, String officer) {
    Map<String, Object> match = store.actionableMatch(matchId);
    String from = (String) match.get("status");
    Map<String, Object> transition = transition(from, action, matchId);
    String to = (String) transition.get("to_status");
    if (Boolean.TRUE.equals(transition.get("needs_reason")) && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "is required to " + action.name().toLowerCase() + " a match");
    }
    int version = ((Number) match.get("version")).intValue();
    if (expectedVersion != null && expectedVersion != version) {
      throw ConflictException.because("conflict.stale", matchId);
    }
    int updated = jdbc.update("UPDATE plan_match SET status = ?, reason = ?, decided_by = ?, decided_at = ?,"
        + " version = version + 1 WHERE id = ? AND version = ?", to, reason, officer, store.now(), matchId, version);
    if (updated == 0) {
      throw ConflictException.because("conflict.stale", matchId);
    }
    long dataset = ((Number) match.get("dataset_id")).longValue();
    String client = (String) match.get("client");
    String unit = (String) match.get("unit");
    claimOrRelease(to, dataset, client, unit, matchId);
    trail.append(AuditKind.MATCH_ACTION, "match " + matchId, officer,
        record(matchId, action, from, to, reason, client, unit, ((Number) match.get("plan_id")).longValue()));
    return to;
  }

  private Map<String, Object> transition(String from, Action action, long matchId) {
    var rows = jdbc.queryForList("SELECT to_status, needs_reason FROM match_transition WHERE from_status = ? AND action = ?",
        from, action.name());
    if (rows.isEmpty()) {
      throw ConflictException.because("conflict.transition." + action.name(), matchId,
          new DefaultMessageSourceResolvable("match." + from));
    }
    return rows.get(0);
  }

  private void claimOrRelease(String to, long dataset, String client, String unit, long matchId) {
    if ("ACCEPTED".equals(to)) {
      store.claim(dataset, unit, client, matchId);
    } else if ("REJECTED".equals(to)) {
      jdbc.update("INSERT INTO rejected_pair (dataset_id, client, unit) SELECT ?, ?, ? WHERE NOT EXISTS"
          + " (SELECT 1 FROM rejected_pair WHERE dataset_id = ? AND client = ? AND unit = ?)",
          dataset, client, unit, dataset, client, unit);
    } else if ("WITHDRAWN".equals(to)) {
      jdbc.update("DELETE FROM accepted_match WHERE match_id = ?", matchId);
    }
  }

  private static ObjectNode record(long matchId, Action action, String from, String to, String reason, String client,
      String unit, long plan) {
    ObjectNode record = ScenarioJson.mapper().createObjectNode();
    record.put("match", Long.toString(matchId));
    record.put("plan", Long.toString(plan));
    record.put("client", client);
    record.put("unit", unit);
    record.put("action", action.name());
    record.put("from", from);
    record.put("to", to);
    if (reason != null) {
      record.put("reason", reason);
    }
    return record;
  }

}
