package nl.veerkracht.app.token;

import java.security.Principal;
import nl.veerkracht.app.user.Role;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of API tokens: the list, a form to make one (its secret shown once,
 * on the page the form leads to), and revoking after a confirmation.
 */
@Controller
public class TokenPages {

  private final ApiTokens tokens;

  public TokenPages(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/admin/tokens")
  String list(Model model) {
    model.addAttribute("tokens", tokens.list());
    model.addAttribute("roles", Role.values());
    return "admin/tokens";
  }

  @PostMapping("/admin/tokens")
  String create(@RequestParam(required = false) String name, @RequestParam(required = false) String role,
      Principal admin, Model model, RedirectAttributes redirect) {
    try {
      ApiTokens.Created created = tokens.create(admin.getName(), name, role);
      redirect.addFlashAttribute("createdName", created.token().name());
      redirect.addFlashAttribute("createdSecret", created.secret());
      return "redirect:/admin/tokens";
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
      return list(model);
    }
  }

  @GetMapping("/admin/tokens/{id}/revoke")
  String confirmRevoke(@PathVariable String id, Model model) {
    model.addAttribute("token", tokens.get(id));
    return "admin/token-revoke";
  }

  @PostMapping("/admin/tokens/{id}/revoke")
  String revoke(@PathVariable String id, Principal admin, RedirectAttributes redirect) {
    redirect.addFlashAttribute("revoked", tokens.revoke(admin.getName(), id).name());
    return "redirect:/admin/tokens";
  }
}
