package nl.veerkracht.app.token;

import java.time.Instant;
import nl.veerkracht.app.user.Role;

/** An API token as an administrator sees it: never the token itself nor its hash. */
public record ApiToken(String id, String name, Role role, String createdBy, Instant createdAt, Instant lastUsedAt,
    Instant revokedAt, String revokedBy) {

  public boolean active() {
    return revokedAt == null;
  }

  /** The name the token acts under: in the audit trail, as the actor of what it does. */
  public String actor() {
    return ApiTokens.ACTOR_PREFIX + name;
  }
}
