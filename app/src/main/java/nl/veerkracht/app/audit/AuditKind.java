package nl.veerkracht.app.audit;

/** What an audit entry records. */
public enum AuditKind {
  DECISION, EVALUATION, PLAN, MATCH_ACTION, POLICY, RULE_BASE, SIMULATION, IMPORT, SENSITIVE_READ,
  /** An administrator's change to a user (created, roles, temporary password, blocked, unblocked), or a user's own new password. */
  USER_ADMIN,
  /** Sign-in protection: an account locked after repeated failed sign-ins, and each attempt refused while it is. */
  SIGN_IN
}
