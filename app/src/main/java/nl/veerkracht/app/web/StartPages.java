package nl.veerkracht.app.web;

import java.util.Arrays;
import nl.veerkracht.app.user.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Login, and the start page of each role; {@code /} leads to the first of the user's roles. */
@Controller
public class StartPages {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(Authentication user) {
    return Arrays.stream(Role.values())
        .filter(role -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority())))
        .findFirst()
        .map(role -> "redirect:" + role.startPage())
        .orElse("redirect:/login?error");
  }
}
