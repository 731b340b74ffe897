package nl.veerkracht.app.user;

import java.util.Set;

/** A user as the administration page shows it (never with its password hash). */
public record UserAccount(String username, boolean enabled, Set<Role> roles, boolean mustChangePassword) {
}
