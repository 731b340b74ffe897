package nl.veerkracht.app.user;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.security.PasswordPolicy;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the service, their hashed passwords and roles, in the database. Every change an
 * administrator (or a user to their own password) makes is an audit entry of kind
 * {@code USER_ADMIN} in the same transaction, never with a password. Problems carry their
 * message code ({@code problem.*}) for the page to say them in the reader's language.
 */
@Service
public class UserAccounts implements UserDetailsService {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,100}");
  private static final Problem NO_ROLE = new Problem("roles", "choose at least one role", "noRole", null);

  private final JdbcTemplate jdbc;
  private final PasswordEncoder passwordEncoder;
  private final PasswordPolicy policy;
  private final AuditTrail audit;
  private final Clock clock;

  public UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, PasswordPolicy policy, AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** A user whose password an administrator set is signed in only to change it (credentials expired). */
  @Override
  public UserDetails loadUserByUsername(String username) {
    // The roles are read after the user's query has returned its connection: reading them while
    // mapping its row took a second connection from the pool, and with as many concurrent
    // logins as the pool has connections every one of them waited for a second one (until the
    // pool's timeout), found by the load test (docs/hardening.md).
    List<User.UserBuilder> found = jdbc.query(
        "SELECT username, password_hash, enabled, must_change_password FROM app_user WHERE username = ?",
        (rs, i) -> User.withUsername(rs.getString(1)).password(rs.getString(2)).disabled(!rs.getBoolean(3))
            .credentialsExpired(rs.getBoolean(4)),
        username);
    if (found.isEmpty()) {
      throw new UsernameNotFoundException(username);
    }
    return found.get(0)
        .authorities(rolesOf(username).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
        .build();
  }

  public List<UserAccount> list() {
    Map<String, UserAccount> users = new LinkedHashMap<>();
    jdbc.query("SELECT username, enabled, must_change_password FROM app_user ORDER BY username",
        rs -> {
          users.put(rs.getString(1), new UserAccount(rs.getString(1), rs.getBoolean(2), EnumSet.noneOf(Role.class),
              rs.getBoolean(3)));
        });
    jdbc.query("SELECT username, role FROM app_user_role",
        rs -> {
          UserAccount user = users.get(rs.getString(1));
          if (user != null) {
            user.roles().add(Role.valueOf(rs.getString(2)));
          }
        });
    return new ArrayList<>(users.values());
  }

  public boolean exists(String username) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) > 0;
  }

  public boolean isEnabled(String username) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ? AND enabled = TRUE", Integer.class,
        username) > 0;
  }

  public boolean anyWithRole(Role role) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM app_user_role WHERE role = ?", Integer.class, role.name()) > 0;
  }

  /** Creates a user; invalid names, weak passwords, no roles or a taken name are invalid input. */
  @Transactional
  public void create(String actor, String username, String password, Set<Role> roles) {
    List<Problem> problems = new ArrayList<>();
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(new Problem("username", "must be 2-100 characters: a-z, 0-9, dot, underscore or hyphen",
          "usernameFormat", null));
    } else if (exists(username)) {
      problems.add(new Problem("username", "is already taken", "usernameTaken", null));
    }
    policy.problem("password", username, password).ifPresent(problems::add);
    if (roles == null || roles.isEmpty()) {
      problems.add(NO_ROLE);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    insert(username, password, roles);
    record(actor, change("create", username).set("roles", names(roles)));
  }

  /** Creates a user without the strength checks and unrecorded (the demo users, whose passwords are their names). */
  @Transactional
  public void createUnchecked(String username, String password, Set<Role> roles) {
    insert(username, password, roles);
  }

  /** Gives a user exactly these roles; the last active administrator keeps ADMIN. */
  @Transactional
  public void setRoles(String actor, String username, Set<Role> roles) {
    Set<Role> before = rolesOf(existing(username));
    if (roles.isEmpty()) {
      throw new InvalidInputException(List.of(NO_ROLE));
    }
    if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      requireAnotherActiveAdministrator(username);
    }
    jdbc.update("DELETE FROM app_user_role WHERE username = ?", username);
    roles.forEach(role -> jdbc.update("INSERT INTO app_user_role (username, role) VALUES (?, ?)", username, role.name()));
    ObjectNode content = change("roles", username);
    content.set("before", names(before));
    content.set("after", names(roles));
    record(actor, content);
  }

  /** Blocks or unblocks a user; the last active administrator cannot be blocked. */
  @Transactional
  public void setEnabled(String actor, String username, boolean enabled) {
    existing(username);
    if (!enabled) {
      requireAnotherActiveAdministrator(username);
    }
    jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username);
    record(actor, change(enabled ? "unblock" : "block", username));
  }

  /** Sets a password the user must change at the next sign-in (it is never recorded). */
  @Transactional
  public void setTemporaryPassword(String actor, String username, String password) {
    existing(username);
    policy.problem("password", username, password).ifPresent(problem -> {
      throw new InvalidInputException(List.of(problem));
    });
    jdbc.update("UPDATE app_user SET password_hash = ?, must_change_password = TRUE WHERE username = ?",
        passwordEncoder.encode(password), username);
    record(actor, change("temporary-password", username));
  }

  /** Whether this is the user's password (false for an unknown user); for the password change. */
  public boolean matches(String username, String password) {
    List<String> hash = jdbc.queryForList("SELECT password_hash FROM app_user WHERE username = ?", String.class,
        username);
    return !hash.isEmpty() && password != null && passwordEncoder.matches(password, hash.get(0));
  }

  /** The user's own new password, replacing a temporary one or their old one. */
  @Transactional
  public void changePassword(String username, String current, String chosen) {
    policy.problem("newPassword", username, chosen).ifPresent(problem -> {
      throw new InvalidInputException(List.of(problem));
    });
    if (chosen.equals(current)) {
      throw new InvalidInputException(List.of(new Problem("newPassword", "must differ from the current one",
          "passwordUnchanged", null)));
    }
    jdbc.update("UPDATE app_user SET password_hash = ?, must_change_password = FALSE WHERE username = ?",
        passwordEncoder.encode(chosen), username);
    record(username, change("password-changed", username));
  }

  private void requireAnotherActiveAdministrator(String username) {
    // Locks the active administrators' rows, so that two administrators blocking each other at
    // once cannot leave none.
    List<String> others = jdbc.queryForList("SELECT username FROM app_user WHERE enabled = TRUE AND username IN "
        + "(SELECT username FROM app_user_role WHERE role = 'ADMIN') FOR UPDATE", String.class);
    if (others.stream().noneMatch(other -> !other.equals(username))) {
      throw new InvalidInputException(List.of(new Problem("user", "is the last active administrator: cannot be "
          + "blocked and keeps the role ADMIN", "lastAdministrator", null)));
    }
  }

  private String existing(String username) {
    if (!exists(username)) {
      throw new NotFoundException("user", username);
    }
    return username;
  }

  private static ObjectNode change(String action, String username) {
    return ScenarioJson.mapper().createObjectNode().put("action", action).put("user", username);
  }

  private void record(String actor, ObjectNode change) {
    audit.append(AuditKind.USER_ADMIN, "user " + change.get("user").asText(), actor, change);
  }

  private static ArrayNode names(Set<Role> roles) {
    ArrayNode names = ScenarioJson.mapper().createArrayNode();
    roles.stream().map(Role::name).sorted().forEach(names::add);
    return names;
  }

  private void insert(String username, String password, Set<Role> roles) {
    jdbc.update("INSERT INTO app_user (username, password_hash, enabled, created_at) VALUES (?, ?, TRUE, ?)",
        username, passwordEncoder.encode(password), Timestamp.from(Instant.now(clock)));
    roles.forEach(role -> jdbc.update("INSERT INTO app_user_role (username, role) VALUES (?, ?)", username, role.name()));
  }

  private Set<Role> rolesOf(String username) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.query("SELECT role FROM app_user_role WHERE username = ?", rs -> {
      roles.add(Role.valueOf(rs.getString(1)));
    }, username);
    return roles;
  }
}
