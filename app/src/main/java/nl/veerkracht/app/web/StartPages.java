package nl.veerkracht.app.web;

import java.util.Arrays;
import nl.veerkracht.app.user.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of each role (the sign-in is {@code security.SignInPages}); {@code /} leads to the first of the user's roles. */
@Controller
public class StartPages {

  @GetMapping("/")
  String home(Authentication user) {
    return Arrays.stream(Role.values())
        .filter(role -> user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority())))
        .findFirst()
        .map(role -> "redirect:" + role.startPage())
        .orElse("redirect:/login?error");
  }
}
