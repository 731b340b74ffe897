package nl.veerkracht.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import nl.veerkracht.scenario.ScenarioJson;

/** One entry of the audit trail as stored. {@code content} is canonical JSON. */
public record AuditEntry(long seq, String kind, String subject, String actor, Instant recordedAt, String content,
    String prevHash, String entryHash) {

  /** The content as a JSON tree. */
  public JsonNode contentTree() {
    try {
      return ScenarioJson.mapper().readTree(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit entry " + seq + " holds no readable JSON", e);
    }
  }
}
