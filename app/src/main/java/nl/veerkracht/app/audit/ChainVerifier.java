package nl.veerkracht.app.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Walks the chain in order and finds the first entry that does not verify: a gap or a
 * reordering in the numbering (deleted or moved entries), a previous hash that is not the
 * previous entry's (reordered or recomputed), or a hash that the key does not reproduce
 * (altered, or recomputed without the key). At the end the head row and the checkpoint
 * outside the database must agree with the last entry (truncation).
 */
final class ChainVerifier {

  private static final String GENESIS = "0".repeat(64);

  private final ChainHash chainHash;
  private final Optional<Checkpoint.Head> checkpoint;
  private long expectedSeq = 1;
  private String previousHash = GENESIS;
  private long entries;
  private Long firstInvalid;
  private String problem;

  ChainVerifier(ChainHash chainHash, Optional<Checkpoint.Head> checkpoint) {
    this.chainHash = chainHash;
    this.checkpoint = checkpoint;
  }

  void accept(AuditEntry entry) {
    entries++;
    if (firstInvalid == null) {
      check(entry);
    }
    expectedSeq = entry.seq() + 1;
    previousHash = entry.entryHash();
  }

  private void check(AuditEntry entry) {
    String recordedAt = LocalDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC).toString();
    if (entry.seq() != expectedSeq) {
      fail(expectedSeq, "entry " + expectedSeq + " is missing (the next stored entry is " + entry.seq() + ")");
    } else if (!entry.prevHash().equals(previousHash)) {
      fail(entry.seq(), "entry " + entry.seq() + " does not follow the entry before it");
    } else if (!chainHash.of(entry.prevHash(), entry.seq(), entry.kind(), entry.subject(), entry.actor(), recordedAt,
        entry.content()).equals(entry.entryHash())) {
      fail(entry.seq(), "entry " + entry.seq() + " was altered: its hash does not verify with the key");
    } else if (checkpoint.isPresent() && checkpoint.get().seq() == entry.seq()
        && !checkpoint.get().hash().equals(entry.entryHash())) {
      fail(entry.seq(), "entry " + entry.seq() + " is not the one the checkpoint outside the database names");
    }
  }

  AuditTrail.Verification finish(long headSeq, String headHash) {
    long lastSeq = expectedSeq - 1;
    if (firstInvalid == null && (headSeq != lastSeq || !headHash.equals(previousHash))) {
      fail(Math.min(headSeq, lastSeq) + 1, "the chain head says entry " + headSeq + " is the last, the trail ends at "
          + lastSeq);
    }
    if (firstInvalid == null && checkpoint.isPresent()) {
      Checkpoint.Head head = checkpoint.get();
      if (head.seq() > lastSeq) {
        fail(lastSeq + 1, "the checkpoint outside the database names entry " + head.seq()
            + ", the trail ends at " + lastSeq + ": entries were removed");
      }
    }
    return new AuditTrail.Verification(firstInvalid == null, entries, firstInvalid, problem);
  }

  private void fail(long seq, String why) {
    firstInvalid = seq;
    problem = why;
  }
}
