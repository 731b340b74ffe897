package nl.veerkracht.app.audit;

import java.time.Instant;

/** One entry of the audit trail as stored. {@code content} is canonical JSON. */
public record AuditEntry(long seq, String kind, String subject, String actor, Instant recordedAt, String content,
    String prevHash, String entryHash) {
}
