package nl.veerkracht.app.user;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.security.PasswordPolicy;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator manages users: creates them, changes their roles, sets a temporary
 * password, blocks and unblocks (after a confirmation). Each change ends on the user list with
 * a message; a refused change stays on the user's page with the reason.
 */
@Controller
public class AdminPages {

  private final UserAccounts users;
  private final PasswordPolicy policy;

  public AdminPages(UserAccounts users, PasswordPolicy policy) {
    this.users = users;
    this.policy = policy;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("roles", Role.values());
    model.addAttribute("minLength", policy.minLength());
  }

  @GetMapping("/admin")
  String list(Model model) {
    model.addAttribute("users", users.list());
    return "admin/users";
  }

  @GetMapping("/admin/users/{username}")
  String user(@PathVariable String username, Model model) {
    model.addAttribute("user", account(username));
    return "admin/user";
  }

  @PostMapping("/admin/users")
  String create(@RequestParam String username, @RequestParam String password,
      @RequestParam(required = false) List<Role> roles, Principal admin, Model model, RedirectAttributes redirect) {
    try {
      users.create(admin.getName(), username, password, roles(roles));
      redirect.addFlashAttribute("created", username);
      return "redirect:/admin";
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
      return list(model);
    }
  }

  @PostMapping("/admin/users/{username}/roles")
  String setRoles(@PathVariable String username, @RequestParam(required = false) List<Role> roles, Principal admin,
      Model model, RedirectAttributes redirect) {
    return change(username, "roles", () -> users.setRoles(admin.getName(), username, roles(roles)), model, redirect);
  }

  @PostMapping("/admin/users/{username}/password")
  String setTemporaryPassword(@PathVariable String username, @RequestParam String password, Principal admin,
      Model model, RedirectAttributes redirect) {
    return change(username, "password", () -> users.setTemporaryPassword(admin.getName(), username, password), model,
        redirect);
  }

  /** The confirmation before blocking ({@code block}) or unblocking ({@code unblock}). */
  @GetMapping("/admin/users/{username}/{action:block|unblock}")
  String confirm(@PathVariable String username, @PathVariable String action, Model model) {
    model.addAttribute("username", account(username).username());
    model.addAttribute("enable", action.equals("unblock"));
    return "admin/confirm";
  }

  @PostMapping("/admin/users/{username}/enabled")
  String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Principal admin, Model model,
      RedirectAttributes redirect) {
    return change(username, enabled ? "unblock" : "block", () -> users.setEnabled(admin.getName(), username, enabled),
        model, redirect);
  }

  private String change(String username, String done, Runnable change, Model model, RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("done", done);
      redirect.addFlashAttribute("doneUser", username);
      return "redirect:/admin";
    } catch (InvalidInputException refused) {
      model.addAttribute("problems", refused.problems());
      return user(username, model);
    }
  }

  private UserAccount account(String username) {
    return users.list().stream().filter(user -> user.username().equals(username)).findFirst()
        .orElseThrow(() -> new NotFoundException("user", username));
  }

  private static Set<Role> roles(List<Role> roles) {
    return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
