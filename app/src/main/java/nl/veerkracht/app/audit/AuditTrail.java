package nl.veerkracht.app.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import io.micrometer.core.instrument.MeterRegistry;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way anything is recorded: an append-only chain of entries in the database, each
 * carrying an HMAC over its content and the previous entry's hash. Appends join the caller's
 * transaction and are serialised on the head row; after commit the head is also written to a
 * checkpoint outside the database.
 */
@Service
public class AuditTrail {

  private static final Object CHECKPOINT_PENDING = new Object();

  private final JdbcTemplate jdbc;
  private final ChainHash chainHash;
  private final Checkpoint checkpoint;
  private final Clock clock;
  private final MeterRegistry meters;

  public AuditTrail(JdbcTemplate jdbc, AuditSettings settings, Clock clock, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.chainHash = new ChainHash(settings.key());
    this.checkpoint = new Checkpoint(settings.checkpoint());
    this.clock = clock;
    this.meters = meters;
  }

  /** Appends an entry (content as canonical JSON) in the current transaction; returns its number. */
  @Transactional(propagation = Propagation.REQUIRED)
  public long append(AuditKind kind, String subject, String actor, JsonNode content) {
    Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
    long seq = ((Number) head.get("last_seq")).longValue() + 1;
    String prevHash = (String) head.get("last_hash");
    LocalDateTime recordedAt = LocalDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    String text = ScenarioJson.canonical(content);
    String hash = chainHash.of(prevHash, seq, kind.name(), subject, actor, recordedAt.toString(), text);
    jdbc.update("INSERT INTO audit_entry (seq, kind, subject, actor, recorded_at, content, prev_hash, entry_hash)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, kind.name(), subject, actor, recordedAt, text, prevHash, hash);
    jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
    checkpointAfterCommit();
    meters.counter("veerkracht.audit.appends", "kind", kind.name()).increment();
    return seq;
  }

  public Optional<AuditEntry> entry(long seq) {
    return jdbc.query("SELECT * FROM audit_entry WHERE seq = ?", ENTRY, seq).stream().findFirst();
  }

  /** Recomputes the whole chain; the first entry that does not verify, if any. */
  @Transactional(readOnly = true)
  public Verification verify() {
    ChainVerifier verifier = new ChainVerifier(chainHash, checkpoint.read());
    jdbc.query("SELECT * FROM audit_entry ORDER BY seq", rs -> {
      verifier.accept(ENTRY.mapRow(rs, 0));
    });
    Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
    return verifier.finish(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"));
  }

  private void checkpointAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || TransactionSynchronizationManager.hasResource(CHECKPOINT_PENDING)) {
      return;
    }
    TransactionSynchronizationManager.bindResource(CHECKPOINT_PENDING, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(CHECKPOINT_PENDING);
        if (status == STATUS_COMMITTED) {
          writeCheckpoint();
        }
      }
    });
  }

  /** Writes the committed head; concurrent commits may race, so only ever move it forward. */
  private void writeCheckpoint() {
    Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
    long seq = ((Number) head.get("last_seq")).longValue();
    checkpoint.writeIfNewer(seq, (String) head.get("last_hash"));
  }

  public static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(rs.getLong("seq"), rs.getString("kind"),
      rs.getString("subject"), rs.getString("actor"),
      rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("content"),
      rs.getString("prev_hash"), rs.getString("entry_hash"));

  /** The result of {@code audit/verify}: the specification's three fields and, when invalid, why. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Verification(boolean valid, long entries, Long firstInvalidEntry, String problem) {
  }

}
