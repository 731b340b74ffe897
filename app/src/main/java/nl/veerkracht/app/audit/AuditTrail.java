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
import java.util.function.Function;
import io.micrometer.core.instrument.MeterRegistry;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way anything is recorded: an append-only chain of entries in the database, each
 * carrying an HMAC over its content and the previous entry's hash. Appends are serialised on the
 * head row (locked until their transaction commits); after commit the head is also written to a
 * checkpoint outside the database.
 *
 * <p>An append made inside a transaction joins it, so that the entry and what it records commit
 * together (an import and its rows, a match action and the match). An append made outside any
 * transaction (a read of sensitive data, a sign-in event, an evaluation's decisions) goes to the
 * {@link GroupCommit group commit}: one writer appends the waiting units together in one
 * transaction and each caller returns once its unit has committed, so that concurrent requests
 * share one commit instead of queueing on the head row one transaction after the other.
 */
@Service
public class AuditTrail implements AutoCloseable {

  /** Appends in one unit: consecutive in the chain and committed together, with any rows the unit writes. */
  @FunctionalInterface
  public interface Chain {
    /** Appends an entry; returns its number. */
    long append(AuditKind kind, String subject, String actor, Content content);

    /** Appends an entry (content as canonical JSON); returns its number. */
    default long append(AuditKind kind, String subject, String actor, JsonNode content) {
      return append(kind, subject, actor, Content.of(content));
    }
  }

  /**
   * An entry's content as canonical JSON, made where it is cheapest: by the caller, before its
   * unit waits for the chain (the group commit's writer then only hashes and inserts).
   */
  public record Content(String canonical) {
    public static Content of(JsonNode content) {
      return new Content(ScenarioJson.canonical(content));
    }
  }

  private static final Object CHECKPOINT_PENDING = new Object();

  private final JdbcTemplate jdbc;
  private final ChainHash chainHash;
  private final Checkpoint checkpoint;
  private final Clock clock;
  private final MeterRegistry meters;
  private final GroupCommit groupCommit;

  public AuditTrail(JdbcTemplate jdbc, AuditSettings settings, Clock clock, MeterRegistry meters,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.chainHash = new ChainHash(settings.key());
    this.checkpoint = new Checkpoint(settings.checkpoint());
    this.clock = clock;
    this.meters = meters;
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    this.groupCommit = new GroupCommit(batch -> transaction.executeWithoutResult(
        status -> batch.forEach(unit -> unit.run(this::appendInTransaction))));
  }

  /**
   * Appends an entry (content as canonical JSON); returns its number. Inside a transaction the
   * entry is part of it; outside, it is committed when this returns.
   */
  public long append(AuditKind kind, String subject, String actor, JsonNode content) {
    Content canonical = Content.of(content);
    return appendTogether(chain -> chain.append(kind, subject, actor, canonical));
  }

  /**
   * Runs {@code unit}, whose appends (and whatever rows it writes besides) are consecutive and
   * committed together: in the current transaction if there is one, else by the group commit,
   * which may run the unit again (so it should have no effect outside the database) and returns
   * its result once committed.
   */
  public <T> T appendTogether(Function<Chain, T> unit) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return unit.apply(this::appendInTransaction);
    }
    return groupCommit.submit(unit);
  }

  /** Writes what the group commit holds and stops its writer. */
  @Override
  public void close() {
    groupCommit.close();
  }

  private long appendInTransaction(AuditKind kind, String subject, String actor, Content content) {
    Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
    long seq = ((Number) head.get("last_seq")).longValue() + 1;
    String prevHash = (String) head.get("last_hash");
    LocalDateTime recordedAt = LocalDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    String text = content.canonical();
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
