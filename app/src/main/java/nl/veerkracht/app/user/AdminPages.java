package nl.veerkracht.app.user;

import java.util.EnumSet;
import java.util.List;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator manages users and their roles. */
@Controller
public class AdminPages {

  private final UserAccounts users;

  public AdminPages(UserAccounts users) {
    this.users = users;
  }

  @GetMapping("/admin")
  String users(Model model) {
    model.addAttribute("users", users.list());
    model.addAttribute("roles", Role.values());
    return "admin/users";
  }

  @PostMapping("/admin/users")
  String create(@RequestParam String username, @RequestParam String password,
      @RequestParam(required = false) List<Role> roles, Model model, RedirectAttributes redirect) {
    try {
      users.create(username, password, roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
      redirect.addFlashAttribute("created", username);
      return "redirect:/admin";
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
      return users(model);
    }
  }

  @PostMapping("/admin/users/{username}/enabled")
  String setEnabled(@PathVariable String username, @RequestParam boolean enabled) {
    users.setEnabled(username, enabled);
    return "redirect:/admin";
  }
}
