package nl.veerkracht.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.app.PostgresTestDatabase;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampering with the stored trail as a superuser (triggers disabled) is detected by
 * verification; the application's own role cannot alter it at all. Each test works on a
 * trail of its own making and restores the table afterwards.
 */
class AuditTamperTest extends PostgresIntegrationTest {

  @Autowired
  AuditTrail trail;
  @Autowired
  JdbcTemplate appRole;

  @BeforeEach
  void backUp() throws Exception {
    appendSome(5);
    superuser("DROP TABLE IF EXISTS audit_backup",
        "CREATE TABLE audit_backup AS SELECT * FROM audit_entry");
    assertThat(trail.verify().valid()).isTrue();
  }

  @AfterEach
  void restore() throws Exception {
    superuser("ALTER TABLE audit_entry DISABLE TRIGGER ALL",
        "UPDATE audit_entry e SET kind = b.kind, subject = b.subject, actor = b.actor, recorded_at = b.recorded_at,"
            + " content = b.content, prev_hash = b.prev_hash, entry_hash = b.entry_hash"
            + " FROM audit_backup b WHERE e.seq = b.seq",
        "INSERT INTO audit_entry SELECT * FROM audit_backup b WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.seq = b.seq)",
        "UPDATE audit_head SET last_seq = e.seq, last_hash = e.entry_hash FROM audit_entry e"
            + " WHERE e.seq = (SELECT MAX(seq) FROM audit_entry)",
        "ALTER TABLE audit_entry ENABLE TRIGGER ALL");
    assertThat(trail.verify().valid()).isTrue();
  }

  @Test
  void alteringAnEntryIsDetectedAtThatEntry() throws Exception {
    long target = last() - 2;
    superuser("ALTER TABLE audit_entry DISABLE TRIGGER ALL",
        "UPDATE audit_entry SET content = '{\"altered\":true}' WHERE seq = " + target,
        "ALTER TABLE audit_entry ENABLE TRIGGER ALL");

    assertInvalidAt(target);
  }

  @Test
  void deletingAnEntryIsDetectedWhereItIsMissing() throws Exception {
    long target = last() - 1;
    superuser("ALTER TABLE audit_entry DISABLE TRIGGER ALL", "DELETE FROM audit_entry WHERE seq = " + target,
        "ALTER TABLE audit_entry ENABLE TRIGGER ALL");

    assertInvalidAt(target);
  }

  @Test
  void reorderingEntriesIsDetected() throws Exception {
    long a = last() - 3;
    long b = last() - 2;
    superuser("ALTER TABLE audit_entry DISABLE TRIGGER ALL",
        "UPDATE audit_entry SET seq = -1 WHERE seq = " + a,
        "UPDATE audit_entry SET seq = " + a + " WHERE seq = " + b,
        "UPDATE audit_entry SET seq = " + b + " WHERE seq = -1",
        "ALTER TABLE audit_entry ENABLE TRIGGER ALL");

    assertInvalidAt(a);
  }

  @Test
  void truncatingTheNewestEntriesIsDetectedByTheCheckpoint() throws Exception {
    long last = last();
    superuser("ALTER TABLE audit_entry DISABLE TRIGGER ALL",
        "DELETE FROM audit_entry WHERE seq > " + (last - 2),
        "UPDATE audit_head SET last_seq = e.seq, last_hash = e.entry_hash FROM audit_entry e WHERE e.seq = " + (last - 2),
        "ALTER TABLE audit_entry ENABLE TRIGGER ALL");

    assertInvalidAt(last - 1);
  }

  @Test
  void recomputingTheChainWithoutTheKeyIsDetected() throws Exception {
    long target = last() - 1;
    ChainHash forged = new ChainHash("a-key-that-is-not-the-one-in-config".getBytes());
    AuditEntry original = trail.entry(target).orElseThrow();
    String content = "{\"forged\":true}";
    String hash = forged.of(original.prevHash(), target, original.kind(), original.subject(), original.actor(),
        java.time.LocalDateTime.ofInstant(original.recordedAt(), java.time.ZoneOffset.UTC).toString(), content);
    superuser("ALTER TABLE audit_entry DISABLE TRIGGER ALL",
        "UPDATE audit_entry SET content = '" + content + "', entry_hash = '" + hash + "' WHERE seq = " + target,
        "UPDATE audit_entry SET prev_hash = '" + hash + "' WHERE seq = " + (target + 1),
        "ALTER TABLE audit_entry ENABLE TRIGGER ALL");

    assertInvalidAt(target);
  }

  @Test
  void theApplicationRoleCanNeitherUpdateNorDeleteEntries() {
    long target = last();
    assertThatThrownBy(() -> appRole.update("UPDATE audit_entry SET actor = 'x' WHERE seq = ?", target))
        .rootCause().hasMessageContaining("permission denied");
    assertThatThrownBy(() -> appRole.update("DELETE FROM audit_entry WHERE seq = ?", target))
        .rootCause().hasMessageContaining("permission denied");
  }

  @Test
  void evenASuperuserIsStoppedByTheTrigger() {
    assertThatThrownBy(() -> superuser("DELETE FROM audit_entry WHERE seq = " + last()))
        .hasMessageContaining("append-only");
  }

  @Test
  void concurrentAppendsNeverForkTheChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Long>> appends = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ObjectNode content = ScenarioJson.mapper().createObjectNode().put("n", i);
      appends.add(pool.submit(() -> trail.append(AuditKind.IMPORT, "concurrent", "test", content)));
    }
    List<Long> seqs = new ArrayList<>();
    for (Future<Long> append : appends) {
      seqs.add(append.get());
    }
    pool.shutdown();

    assertThat(seqs).doesNotHaveDuplicates();
    AuditTrail.Verification verification = trail.verify();
    assertThat(verification.valid()).as(verification.problem()).isTrue();
  }

  private void assertInvalidAt(long seq) {
    AuditTrail.Verification verification = trail.verify();
    assertThat(verification.valid()).isFalse();
    assertThat(verification.firstInvalidEntry()).as(verification.problem()).isEqualTo(seq);
  }

  private void appendSome(int count) {
    for (int i = 0; i < count; i++) {
      trail.append(AuditKind.IMPORT, "tamper-test", "test", ScenarioJson.mapper().createObjectNode().put("i", i));
    }
  }

  private long last() {
    return appRole.queryForObject("SELECT MAX(seq) FROM audit_entry", Long.class);
  }

  private static void superuser(String... statements) throws Exception {
    try (Connection connection = PostgresTestDatabase.superuserConnection();
         Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }
}
