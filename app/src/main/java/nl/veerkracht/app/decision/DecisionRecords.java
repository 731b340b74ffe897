package nl.veerkracht.app.decision;

import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading recorded decisions: every read is itself recorded, because decisions hold screening data. */
@Service
public class DecisionRecords {

  private final AuditTrail trail;

  public DecisionRecords(AuditTrail trail) {
    this.trail = trail;
  }

  /** The decision's entry; the read is audited as a read of sensitive data. */
  @Transactional
  public AuditEntry read(String id, String reader) {
    AuditEntry entry = entry(id);
    trail.append(AuditKind.SENSITIVE_READ, "decision " + id, reader,
        ScenarioJson.mapper().createObjectNode().put("decision", id));
    return entry;
  }

  /** The decision's entry without recording a read (for replay, which shows no personal data). */
  public AuditEntry entry(String id) {
    long seq;
    try {
      seq = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("decision", id);
    }
    return trail.entry(seq).filter(entry -> entry.kind().equals(AuditKind.DECISION.name()))
        .orElseThrow(() -> new NotFoundException("decision", id));
  }
}
