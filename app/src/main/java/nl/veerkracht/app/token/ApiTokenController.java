package nl.veerkracht.app.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import nl.veerkracht.app.user.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens by REST, for an administrator signed in as a person (a token cannot manage tokens). */
@RestController
@Tag(name = "tokens")
public class ApiTokenController {

  /** The answer to making a token: the only time its secret is shown. */
  public record CreatedToken(String id, String name, Role role, String token, String createdBy, Instant createdAt) {
  }

  private final ApiTokens tokens;

  public ApiTokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/api/v1/tokens")
  @Operation(summary = "Every API token, newest first, without its secret (ADMIN)")
  public List<ApiToken> list() {
    return tokens.list();
  }

  @PostMapping("/api/v1/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Make an API token; body {\"name\": ..., \"role\": ...}; the token is in the answer once (ADMIN)")
  public CreatedToken create(@RequestBody(required = false) JsonNode body, Principal admin) {
    ApiTokens.Created created = tokens.create(admin.getName(), text(body, "name"), text(body, "role"));
    ApiToken token = created.token();
    return new CreatedToken(token.id(), token.name(), token.role(), created.secret(), token.createdBy(),
        token.createdAt());
  }

  @PostMapping("/api/v1/tokens/{id}/revoke")
  @Operation(summary = "Revoke an API token; it is refused from the next request on (ADMIN)")
  public ApiToken revoke(@PathVariable String id, Principal admin) {
    return tokens.revoke(admin.getName(), id);
  }

  private static String text(JsonNode body, String field) {
    return body != null && body.path(field).isTextual() ? body.get(field).asText() : null;
  }
}
