package nl.veerkracht.app.user;

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
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of the service, their hashed passwords and roles, in the database. */
@Service
public class UserAccounts implements UserDetailsService {

  static final int MIN_PASSWORD_LENGTH = 8;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,100}");

  private final JdbcTemplate jdbc;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  public UserAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    // The roles are read after the user's query has returned its connection: reading them while
    // mapping its row took a second connection from the pool, and with as many concurrent
    // logins as the pool has connections every one of them waited for a second one (until the
    // pool's timeout), found by the load test (docs/hardening.md).
    List<User.UserBuilder> found = jdbc.query("SELECT username, password_hash, enabled FROM app_user WHERE username = ?",
        (rs, i) -> User.withUsername(rs.getString(1)).password(rs.getString(2)).disabled(!rs.getBoolean(3)),
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
    jdbc.query("SELECT username, enabled FROM app_user ORDER BY username",
        rs -> {
          users.put(rs.getString(1), new UserAccount(rs.getString(1), rs.getBoolean(2), EnumSet.noneOf(Role.class)));
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

  public boolean anyWithRole(Role role) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM app_user_role WHERE role = ?", Integer.class, role.name()) > 0;
  }

  /** Creates a user; invalid names, short passwords, no roles or a taken name are invalid input. */
  @Transactional
  public void create(String username, String password, Set<Role> roles) {
    List<Problem> problems = new ArrayList<>();
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(new Problem("username", "must be 2-100 characters: a-z, 0-9, dot, underscore or hyphen",
          "usernameFormat", null));
    } else if (exists(username)) {
      problems.add(new Problem("username", "is already taken", "usernameTaken", null));
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      problems.add(new Problem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters", "passwordTooShort",
          List.of(String.valueOf(MIN_PASSWORD_LENGTH))));
    }
    if (roles == null || roles.isEmpty()) {
      problems.add(new Problem("roles", "choose at least one role", "noRole", null));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    insert(username, password, roles);
  }

  /** Creates a user without the strength checks (the demo users' passwords are their names). */
  @Transactional
  public void createUnchecked(String username, String password, Set<Role> roles) {
    insert(username, password, roles);
  }

  @Transactional
  public void setRoles(String username, Set<Role> roles) {
    if (roles.isEmpty()) {
      throw new InvalidInputException("roles", "choose at least one role");
    }
    jdbc.update("DELETE FROM app_user_role WHERE username = ?", username);
    roles.forEach(role -> jdbc.update("INSERT INTO app_user_role (username, role) VALUES (?, ?)", username, role.name()));
  }

  @Transactional
  public void setEnabled(String username, boolean enabled) {
    jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username);
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
