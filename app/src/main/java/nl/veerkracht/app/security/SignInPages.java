package nl.veerkracht.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.veerkracht.app.dataset.DemoCityProgress;
import nl.veerkracht.app.user.UserAccounts;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and the password change, which a user whose password an administrator set
 * must pass before signing in (the login sends them there), and which anyone may use with their
 * current password. A wrong current password counts as a failed sign-in.
 */
@Controller
public class SignInPages {

  /** The session attribute naming who must change their password (set by the login's failure handler). */
  public static final String MUST_CHANGE = "veerkracht.mustChangePassword";

  private final UserAccounts users;
  private final SignInAttempts attempts;
  private final PasswordPolicy policy;
  private final DemoCityProgress demoCity;
  private final Clock clock;

  public SignInPages(UserAccounts users, SignInAttempts attempts, PasswordPolicy policy, DemoCityProgress demoCity,
      Clock clock) {
    this.users = users;
    this.attempts = attempts;
    this.policy = policy;
    this.demoCity = demoCity;
    this.clock = clock;
  }

  /** The sign-in form; while the demo city is stored at a first start, when it will be ready. */
  @GetMapping("/login")
  String login(Model model) {
    demoCity.readyAround().ifPresent(ready -> {
      model.addAttribute("demoReadyAround", ready);
      model.addAttribute("demoReadyInSeconds", Duration.between(clock.instant(), ready).toSeconds());
    });
    return "login";
  }

  @GetMapping("/password")
  String passwordForm(HttpSession session, Model model) {
    model.addAttribute("username", session.getAttribute(MUST_CHANGE));
    model.addAttribute("minLength", policy.minLength());
    return "password";
  }

  @PostMapping("/password")
  String changePassword(@RequestParam String username, @RequestParam String currentPassword,
      @RequestParam String newPassword, @RequestParam String repeatPassword, HttpSession session, Model model) {
    model.addAttribute("username", username);
    model.addAttribute("minLength", policy.minLength());
    if (!users.matches(username, currentPassword)) {
      attempts.failed(username);
      return problems(model, new Problem("currentPassword", "wrong username or current password",
          "passwordWrongCurrent", null));
    }
    if (!users.isEnabled(username)) {
      return problems(model, new Problem("username", "the account is blocked", "accountBlocked", null));
    }
    if (!newPassword.equals(repeatPassword)) {
      return problems(model, new Problem("repeatPassword", "differs from the new password", "passwordRepeatDiffers",
          null));
    }
    try {
      users.changePassword(username, currentPassword, newPassword);
    } catch (InvalidInputException invalid) {
      return problems(model, invalid.problems().toArray(Problem[]::new));
    }
    session.removeAttribute(MUST_CHANGE);
    return "redirect:/login?changed";
  }

  /** A sign-in refused for a locked account (forwarded here with status 429 by {@link SignInThrottleFilter}). */
  @RequestMapping(SignInThrottleFilter.LOCKED_PAGE + "/login")
  String lockedLogin(HttpServletRequest request, Model model) {
    model.addAttribute("lockedMinutes", request.getAttribute(SignInThrottleFilter.LOCKED_MINUTES));
    return login(model);
  }

  @RequestMapping(SignInThrottleFilter.LOCKED_PAGE + "/password")
  String lockedPassword(HttpServletRequest request, HttpSession session, Model model) {
    model.addAttribute("lockedMinutes", request.getAttribute(SignInThrottleFilter.LOCKED_MINUTES));
    return passwordForm(session, model);
  }

  private static String problems(Model model, Problem... problems) {
    model.addAttribute("problems", List.of(problems));
    return "password";
  }
}
