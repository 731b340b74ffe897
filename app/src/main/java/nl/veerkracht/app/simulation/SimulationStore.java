package nl.veerkracht.app.simulation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Simulation runs in the database: the request when they start, the result (whole) when they are done. */
@Repository
public class SimulationStore {

  static final int MAX_ERROR = 2000;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public SimulationStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A run's row; {@code result} only when DONE. */
  public record Row(long id, long dataset, SimulationStatus status, String request, String result, String error,
      String createdBy, Instant createdAt, Instant finishedAt) {
  }

  long create(long dataset, String request, String actor) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("INSERT INTO simulation (dataset_id, status, request, created_by,"
          + " created_at) VALUES (?, 'RUNNING', ?, ?, ?)", new String[] {"id"});
      insert.setLong(1, dataset);
      insert.setString(2, request);
      insert.setString(3, actor);
      insert.setTimestamp(4, now());
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  /** Writes the result and DONE, only while the run is RUNNING; false otherwise. */
  boolean complete(long id, String result) {
    return jdbc.update("UPDATE simulation SET status = 'DONE', result = ?, finished_at = ? WHERE id = ?"
        + " AND status = 'RUNNING'", result, now(), id) == 1;
  }

  void fail(long id, String error) {
    String shortened = error == null ? "" : error.substring(0, Math.min(error.length(), MAX_ERROR));
    jdbc.update("UPDATE simulation SET status = 'FAILED', error = ?, finished_at = ? WHERE id = ? AND status = 'RUNNING'",
        shortened, now(), id);
  }

  /** Runs still RUNNING when the service starts were interrupted by its stop. */
  int failInterrupted() {
    return jdbc.update("UPDATE simulation SET status = 'FAILED', error = 'interrupted: the service stopped during the"
        + " run', finished_at = ? WHERE status = 'RUNNING'", now());
  }

  public Optional<Row> find(long id) {
    return jdbc.query("SELECT * FROM simulation WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** Every run, newest first, without results. */
  public List<Row> list() {
    return jdbc.query("SELECT id, dataset_id, status, request, NULL AS result, error, created_by, created_at,"
        + " finished_at FROM simulation ORDER BY id DESC", ROW);
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("dataset_id"),
      SimulationStatus.valueOf(rs.getString("status")), rs.getString("request"), rs.getString("result"),
      rs.getString("error"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
      rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
}
