package nl.veerkracht.app.audit;

/** What an audit entry records. */
public enum AuditKind {
  DECISION, EVALUATION, PLAN, MATCH_ACTION, POLICY, RULE_BASE, SIMULATION, IMPORT, SENSITIVE_READ
}
