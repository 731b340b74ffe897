package nl.veerkracht.app.token;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.user.Role;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients: made and revoked by an administrator, each with a name and one
 * role. A token is 32 random bytes (base64url, after the prefix {@value #TOKEN_PREFIX}); only its
 * SHA-256 hash is stored, so the token is shown once, when it is made. It is looked up on every
 * request, so a revoked token is refused from the next request on. Making and revoking are audit
 * entries of kind {@code USER_ADMIN} (actions {@code token-create}, {@code token-revoke}), never
 * with the token.
 */
@Service
public class ApiTokens {

  public static final String TOKEN_PREFIX = "vkt_";
  /** What a token's actor name starts with; user names cannot hold a colon. */
  public static final String ACTOR_PREFIX = "token:";
  private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{2,60}");
  /** Last use is written at most this often per token, not on every request. */
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

  /** A token just made: its one showing. */
  public record Created(ApiToken token, String secret) {
  }

  /** Who a valid token is. */
  public record Holder(String id, String name, Role role) {
    public String actor() {
      return ACTOR_PREFIX + name;
    }
  }

  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Makes a token; a bad or taken name or a missing or unknown role is invalid input naming the field. */
  @Transactional
  public Created create(String actor, String name, String roleName) {
    Role role = Arrays.stream(Role.values()).filter(known -> known.name().equals(roleName)).findFirst().orElse(null);
    List<Problem> problems = new ArrayList<>();
    if (name == null || !NAME.matcher(name).matches()) {
      problems.add(new Problem("name", "must be 2-60 characters: a-z, 0-9, dot, underscore or hyphen",
          "tokenNameFormat", null));
    } else if (jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE name = ?", Integer.class, name) > 0) {
      problems.add(new Problem("name", "is already taken (also by a revoked token)", "tokenNameTaken", null));
    }
    if (role == null) {
      problems.add(new Problem("role", "must be one of OFFICER, POLICYMAKER, AUDITOR, ADMIN", "tokenRole", null));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = now();
    jdbc.update("INSERT INTO api_token (name, role, token_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?)", name,
        role.name(), hash(secret), actor, Timestamp.from(now));
    ApiToken token = byName(name);
    record(actor, "token-create", token);
    return new Created(token, secret);
  }

  /** Every token, newest first. */
  public List<ApiToken> list() {
    return jdbc.query("SELECT * FROM api_token ORDER BY id DESC", TOKEN);
  }

  public ApiToken get(String id) {
    return find(id).orElseThrow(() -> new NotFoundException("token", id));
  }

  /** Revokes a token from the next request on; revoking a revoked token changes nothing. */
  @Transactional
  public ApiToken revoke(String actor, String id) {
    ApiToken token = get(id);
    if (token.active()) {
      jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
          Timestamp.from(now()), actor, Long.parseLong(token.id()));
      token = get(id);
      record(actor, "token-revoke", token);
    }
    return token;
  }

  /** The holder of an active token, noting its use; empty for an unknown or revoked one. */
  public Optional<Holder> authenticate(String secret) {
    if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    Optional<Holder> holder = jdbc.query("SELECT id, name, role FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
        (rs, i) -> new Holder(Long.toString(rs.getLong(1)), rs.getString(2), Role.valueOf(rs.getString(3))),
        hash(secret)).stream().findFirst();
    holder.ifPresent(found -> {
      Instant now = now();
      jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
          Timestamp.from(now), Long.parseLong(found.id()), Timestamp.from(now.minus(LAST_USED_GRANULARITY)));
    });
    return holder;
  }

  static String hash(String secret) {
    return Policy.sha256(secret);
  }

  private Optional<ApiToken> find(String id) {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return jdbc.query("SELECT * FROM api_token WHERE id = ?", TOKEN, number).stream().findFirst();
  }

  private ApiToken byName(String name) {
    return jdbc.queryForObject("SELECT * FROM api_token WHERE name = ?", TOKEN, name);
  }

  private void record(String actor, String action, ApiToken token) {
    ObjectNode content = ScenarioJson.mapper().createObjectNode().put("action", action).put("token", token.id())
        .put("name", token.name()).put("role", token.role().name());
    audit.append(AuditKind.USER_ADMIN, "token " + token.id(), actor, content);
  }

  private Instant now() {
    return clock.instant();
  }

  private static final RowMapper<ApiToken> TOKEN = (rs, i) -> new ApiToken(Long.toString(rs.getLong("id")),
      rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("created_by"), instant(rs, "created_at"),
      instant(rs, "last_used_at"), instant(rs, "revoked_at"), rs.getString("revoked_by"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
