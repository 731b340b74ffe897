package nl.veerkracht.app.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.veerkracht.planner.Match;
import nl.veerkracht.planner.PlanResult;
import nl.veerkracht.planner.Statement;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.app.api.ConflictException;
import nl.veerkracht.app.api.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Plans, their matches and the review state in the database. */
@Repository
public class PlanStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public PlanStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A plan's row. */
  public record PlanRow(long id, long dataset, Long previous, PlanStatus status, int seconds, String policyName,
      String policyHash, String score, Integer placed, String error, String createdBy) {
  }

  long create(long dataset, Long previous, int seconds, String actor) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("INSERT INTO plan (dataset_id, previous_id, status, seconds, created_by,"
          + " created_at) VALUES (?, ?, 'SOLVING', ?, ?, ?)", new String[] {"id"});
      insert.setLong(1, dataset);
      insert.setObject(2, previous);
      insert.setInt(3, seconds);
      insert.setString(4, actor);
      insert.setTimestamp(5, now());
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  /** An officer's decision (an accepted or changed match) that a solve keeps fixed. */
  public record Pin(long matchId, String client, String unit) {

    Match match() {
      return new Match(client, unit);
    }
  }

  /**
   * Writes a finished plan whole: matches, unplaced clients, street use and the DONE status.
   * The pinned matches carry their decision on (status, reason, who, when) and become the live
   * match of their acceptance; the match they were made on keeps its history and names its
   * successor.
   */
  @Transactional
  public void complete(long id, PlanResult result, List<Pin> pins) {
    List<Object[]> matches = new ArrayList<>();
    for (int i = 0; i < result.assignments().size(); i++) {
      PlanResult.Assignment a = result.assignments().get(i);
      matches.add(new Object[] {id, i, a.client(), a.unit(), a.street(), PlanTexts.json(a.explanation()),
          PlanTexts.json(a.alternatives())});
    }
    jdbc.batchUpdate("INSERT INTO plan_match (plan_id, position, client, unit, street, explanation, alternatives,"
        + " status, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', 0)", matches);
    List<Object[]> unassigned = new ArrayList<>();
    for (int i = 0; i < result.unassigned().size(); i++) {
      unassigned.add(new Object[] {id, i, result.unassigned().get(i).client(), PlanTexts.json(result.unassigned().get(i).reasons())});
    }
    jdbc.batchUpdate("INSERT INTO plan_unassigned (plan_id, position, client, reasons) VALUES (?, ?, ?, ?)", unassigned);
    List<Object[]> streets = new ArrayList<>();
    for (int i = 0; i < result.streets().size(); i++) {
      PlanResult.StreetUse s = result.streets().get(i);
      streets.add(new Object[] {id, i, s.street(), s.capacity(), s.used()});
    }
    jdbc.batchUpdate("INSERT INTO plan_street (plan_id, position, street, capacity, used) VALUES (?, ?, ?, ?, ?)", streets);
    int updated = jdbc.update("UPDATE plan SET status = 'DONE', policy_name = ?, policy_hash = ?, score = ?,"
        + " placed = ?, clients = ?, finished_at = ? WHERE id = ? AND status = 'SOLVING'", result.policy().name(),
        result.policy().hash(), result.score(), result.placed(), result.placed() + result.unassigned().size(), now(), id);
    if (updated == 0) {
      // cancelled while the result was being written: roll back, keep nothing of it
      throw new IllegalStateException("plan " + id + " is no longer solving");
    }
    pins.forEach(pin -> carryOn(id, pin));
  }

  private void carryOn(long planId, Pin pin) {
    Map<String, Object> decision = jdbc.queryForMap("SELECT status, reason, decided_by, decided_at FROM plan_match"
        + " WHERE id = ?", pin.matchId());
    jdbc.update("UPDATE plan_match SET status = ?, reason = ?, decided_by = ?, decided_at = ?, kept_from = ?"
        + " WHERE plan_id = ? AND client = ?", decision.get("status"), decision.get("reason"),
        decision.get("decided_by"), decision.get("decided_at"), pin.matchId(), planId, pin.client());
    jdbc.update("UPDATE accepted_match SET match_id = (SELECT id FROM plan_match WHERE plan_id = ? AND client = ?)"
        + " WHERE match_id = ?", planId, pin.client(), pin.matchId());
  }

  void finish(long id, PlanStatus status, String error) {
    jdbc.update("UPDATE plan SET status = ?, error = ?, finished_at = ? WHERE id = ? AND status = 'SOLVING'",
        status.name(), error == null ? null : error.substring(0, Math.min(error.length(), 1000)), now(), id);
  }

  /** Plans a crashed or stopped process left solving: they did not finish, and say so. */
  int failInterrupted() {
    return jdbc.update("UPDATE plan SET status = 'FAILED', error = 'interrupted: the service stopped during the solve',"
        + " finished_at = ? WHERE status = 'SOLVING'", now());
  }

  public Optional<PlanRow> plan(long id) {
    return jdbc.query("SELECT * FROM plan WHERE id = ?", (rs, i) -> new PlanRow(rs.getLong("id"),
        rs.getLong("dataset_id"), (Long) rs.getObject("previous_id", Long.class), PlanStatus.valueOf(rs.getString("status")),
        rs.getInt("seconds"), rs.getString("policy_name"), rs.getString("policy_hash"), rs.getString("score"),
        (Integer) rs.getObject("placed", Integer.class), rs.getString("error"), rs.getString("created_by")), id)
        .stream().findFirst();
  }

  public List<PlanRow> plans() {
    return jdbc.query("SELECT id FROM plan ORDER BY id DESC LIMIT 100", (rs, i) -> rs.getLong(1)).stream()
        .map(id -> plan(id).orElseThrow()).toList();
  }

  /** A match as stored: the explanation and the alternatives as the planner's statements. */
  public record StoredMatch(String matchId, String client, String unit, String street, String status, String reason,
      String decidedBy, String decidedAt, List<Statement> explanation, List<PlanResult.Alternative> alternatives,
      int version) {
  }

  public List<StoredMatch> matches(long planId) {
    return jdbc.query("SELECT * FROM plan_match WHERE plan_id = ? ORDER BY position", (rs, i) -> new StoredMatch(
        Long.toString(rs.getLong("id")), rs.getString("client"), rs.getString("unit"), rs.getString("street"),
        rs.getString("status"), rs.getString("reason"), rs.getString("decided_by"),
        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant().toString(),
        PlanTexts.statements(rs.getString("explanation")), PlanTexts.alternatives(rs.getString("alternatives")),
        rs.getInt("version")), planId);
  }

  public List<PlanResult.Unassigned> unassigned(long planId) {
    return jdbc.query("SELECT client, reasons FROM plan_unassigned WHERE plan_id = ? ORDER BY position",
        (rs, i) -> new PlanResult.Unassigned(rs.getString(1), PlanTexts.statements(rs.getString(2))), planId);
  }

  public List<PlanResult.StreetUse> streets(long planId) {
    return jdbc.query("SELECT street, capacity, used FROM plan_street WHERE plan_id = ? ORDER BY position",
        (rs, i) -> new PlanResult.StreetUse(rs.getString(1), rs.getInt(2), rs.getInt(3)), planId);
  }

  /** The accepted and changed matches of a dataset, to pin in every later solve. */
  List<Pin> accepted(long dataset) {
    return jdbc.query("SELECT match_id, client, unit FROM accepted_match WHERE dataset_id = ? ORDER BY client",
        (rs, i) -> new Pin(rs.getLong(1), rs.getString(2), rs.getString(3)), dataset);
  }

  /**
   * Claims the dwelling and the client for a match: the database's unique keys refuse a second
   * live claim on either, from any plan of any dataset; the refusal names the plan that holds it.
   */
  void claim(long dataset, String unit, String client, long matchId) {
    List<ConflictException> holders = jdbc.query("SELECT a.unit, m.plan_id, m.id FROM accepted_match a"
        + " JOIN plan_match m ON m.id = a.match_id WHERE a.unit = ? OR a.client = ? ORDER BY m.id",
        (rs, i) -> rs.getString(1).equals(unit)
            ? ConflictException.because("conflict.claimed.unit", unit, rs.getLong(2), rs.getLong(3))
            : ConflictException.because("conflict.claimed.client", client, rs.getLong(2), rs.getLong(3)),
        unit, client);
    if (!holders.isEmpty()) {
      throw holders.get(0);
    }
    try {
      jdbc.update("INSERT INTO accepted_match (dataset_id, unit, client, match_id) VALUES (?, ?, ?, ?)",
          dataset, unit, client, matchId);
    } catch (DuplicateKeyException sameMoment) {
      // the check above passed, so another officer claimed it in the same moment: the database refused the second
      throw ConflictException.because("conflict.claimed.sameMoment", unit, client);
    }
  }

  /**
   * A match an officer may act on, with its plan's dataset: 404 when there is none, 409 when a
   * replan kept its decision (the later plan's match carries it on and takes the actions).
   */
  Map<String, Object> actionableMatch(long matchId) {
    Map<String, Object> match = matchRow(matchId);
    if (match == null) {
      throw new NotFoundException("match", matchId);
    }
    jdbc.queryForList("SELECT id, plan_id FROM plan_match WHERE kept_from = ?", matchId).stream().findFirst()
        .ifPresent(later -> {
          throw ConflictException.because("conflict.kept", matchId, later.get("plan_id"), later.get("id"));
        });
    return match;
  }

  /** The matches of a plan still only proposed, for a replan to keep where it can. */
  List<Match> proposed(long planId) {
    return jdbc.query("SELECT client, unit FROM plan_match WHERE plan_id = ? AND status = 'PROPOSED' ORDER BY position",
        (rs, i) -> new Match(rs.getString(1), rs.getString(2)), planId);
  }

  /** The rejected pairs of a dataset, never to propose again. */
  List<Match> rejected(long dataset) {
    return jdbc.query("SELECT client, unit FROM rejected_pair WHERE dataset_id = ? ORDER BY client, unit",
        (rs, i) -> new Match(rs.getString(1), rs.getString(2)), dataset);
  }

  Map<String, Object> matchRow(long matchId) {
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT m.*, p.dataset_id FROM plan_match m"
        + " JOIN plan p ON p.id = m.plan_id WHERE m.id = ?", matchId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The catalogue of reasons to reject a match, by code, with their Dutch and English labels. */
  public List<Map<String, Object>> rejectReasons() {
    return jdbc.queryForList("SELECT code, label_nl, label_en FROM reject_reason WHERE active ORDER BY code");
  }

  /**
   * The reason an officer gives: the catalogue entry's Dutch label (copied, so renaming the entry
   * never rewrites history) and the free text, joined; null when neither is given. An entry that
   * needs a text ("Andere reden") without one, or an unknown entry, is invalid input.
   */
  String reason(String code, String text) {
    String free = text == null || text.isBlank() ? null : text.strip();
    if (code == null || code.isBlank()) {
      return free;
    }
    List<Map<String, Object>> entries = jdbc.queryForList("SELECT label_nl, needs_text FROM reject_reason WHERE code = ?",
        code);
    if (entries.isEmpty()) {
      throw new InvalidInputException("reasonCode", "unknown reason " + code);
    }
    if (Boolean.TRUE.equals(entries.get(0).get("needs_text")) && free == null) {
      throw new InvalidInputException("reasonText", "is required with the reason " + code);
    }
    String label = (String) entries.get(0).get("label_nl");
    return free == null ? label : label + ": " + free;
  }

  Instant finishedAt(long planId) {
    Timestamp finished = jdbc.queryForObject("SELECT finished_at FROM plan WHERE id = ?", Timestamp.class, planId);
    return finished == null ? null : finished.toInstant();
  }

  Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }
}
