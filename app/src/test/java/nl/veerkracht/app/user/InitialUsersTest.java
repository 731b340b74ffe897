package nl.veerkracht.app.user;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class InitialUsersTest {

  final UserAccounts users = mock(UserAccounts.class);

  @Test
  void outsideTheDemoProfileTheFirstAdministratorComesFromConfiguration() {
    when(users.anyWithRole(Role.ADMIN)).thenReturn(false);

    new InitialUsers(users, new MockEnvironment(), "beheer", "geheim-genoeg").run(null);

    verify(users).create("configuration", "beheer", "geheim-genoeg", EnumSet.of(Role.ADMIN));
    verify(users, never()).createUnchecked(anyString(), anyString(), any());
  }

  @Test
  void anExistingAdministratorIsNeverReplaced() {
    when(users.anyWithRole(Role.ADMIN)).thenReturn(true);

    new InitialUsers(users, new MockEnvironment(), "beheer", "geheim-genoeg").run(null);

    verify(users, never()).create(anyString(), anyString(), anyString(), any());
  }

  @Test
  void theDemoProfileCreatesOneUserPerRoleWithItsNameAsPassword() {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    when(users.anyWithRole(Role.ADMIN)).thenReturn(true);

    new InitialUsers(users, demo, "", "").run(null);

    verify(users).createUnchecked("officer", "officer", EnumSet.of(Role.OFFICER));
    verify(users).createUnchecked("policy", "policy", EnumSet.of(Role.POLICYMAKER));
    verify(users).createUnchecked("auditor", "auditor", EnumSet.of(Role.AUDITOR));
    verify(users).createUnchecked("admin", "admin", EnumSet.of(Role.ADMIN));
  }

  @Test
  void withoutTheDemoProfileNoDemoUserIsCreated() {
    when(users.anyWithRole(Role.ADMIN)).thenReturn(true);

    new InitialUsers(users, new MockEnvironment(), "", "").run(null);

    verify(users, never()).createUnchecked(anyString(), anyString(), any());
  }
}
