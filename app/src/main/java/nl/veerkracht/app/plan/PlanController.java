package nl.veerkracht.app.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import nl.veerkracht.app.api.ScenarioBody;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.dataset.ScenarioSizeLimit;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plans of direct mediation and the officer's actions on their matches. */
@RestController
@Tag(name = "plans")
public class PlanController {

  private final Plans plans;
  private final Review review;
  private final Change change;
  private final ScenarioSizeLimit sizeLimit;
  private final AuditTrail trail;

  public PlanController(Plans plans, Review review, Change change, ScenarioSizeLimit sizeLimit, AuditTrail trail) {
    this.plans = plans;
    this.review = review;
    this.change = change;
    this.sizeLimit = sizeLimit;
    this.trail = trail;
  }

  @PostMapping("/api/v1/plans")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Start a direct-mediation plan for the scenario's clients; the scenario is stored as a dataset (OFFICER)")
  public Map<String, String> plan(@ScenarioBody InputStream scenario, @RequestParam(defaultValue = "30") int seconds,
      Principal user) {
    long id = plans.start(sizeLimit.read(scenario), seconds, user.getName());
    return Map.of("id", Long.toString(id), "status", PlanStatus.SOLVING.name());
  }

  @GetMapping("/api/v1/plans/{id}")
  @Operation(summary = "The plan: status and progress, then its matches with matchId and status (OFFICER)")
  public PlanView get(@PathVariable long id, Principal user, Locale locale) {
    PlanView view = plans.view(id, locale);
    if (view.status() == PlanStatus.DONE) {
      // a finished plan names clients with their support and care provider: a read of sensitive data
      trail.append(AuditKind.SENSITIVE_READ, "plan " + id, user.getName(),
          ScenarioJson.mapper().createObjectNode().put("plan", Long.toString(id)).put("what", "plan via the API"));
    }
    return view;
  }

  @PostMapping("/api/v1/plans/{id}/cancel")
  @Operation(summary = "Stop a solve; the plan becomes CANCELLED and keeps nothing half-written (OFFICER)")
  public PlanView cancel(@PathVariable long id, Locale locale) {
    plans.cancel(id);
    return plans.view(id, locale);
  }

  @PostMapping("/api/v1/plans/{id}/replan")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "A new plan for the same dataset keeping accepted matches and never proposing rejected pairs (OFFICER)")
  public Map<String, String> replan(@PathVariable long id, Principal user) {
    return Map.of("id", Long.toString(plans.replan(id, user.getName())), "status", PlanStatus.SOLVING.name());
  }

  @PostMapping("/api/v1/matches/{matchId}/accept")
  @Operation(summary = "Accept a proposed match; 409 when its unit or client already has an accepted match (OFFICER)")
  public Map<String, String> accept(@PathVariable long matchId, @RequestBody(required = false) JsonNode body,
      Principal user) {
    return act(matchId, Review.Action.ACCEPT, body, user);
  }

  @PostMapping("/api/v1/matches/{matchId}/reject")
  @Operation(summary = "Reject a proposed match; body {\"reason\": \"...\"} is required (OFFICER)")
  public Map<String, String> reject(@PathVariable long matchId, @RequestBody(required = false) JsonNode body,
      Principal user) {
    return act(matchId, Review.Action.REJECT, body, user);
  }

  @PostMapping("/api/v1/matches/{matchId}/change")
  @Operation(summary = "Place the client in another eligible dwelling; body {\"unit\": ..., \"reason\": ...}, both required;"
      + " 409 when that dwelling or client is taken (OFFICER)")
  public Map<String, String> change(@PathVariable long matchId, @RequestBody(required = false) JsonNode body,
      Principal user) {
    change.change(matchId, text(body, "unit"), text(body, "reason"), version(body), user.getName());
    return Map.of("matchId", Long.toString(matchId), "status", "CHANGED");
  }

  @PostMapping("/api/v1/matches/{matchId}/{action:offer|sign|withdraw}")
  @Operation(summary = "Move an accepted match on: offer, sign, or withdraw (with a reason) (OFFICER; an extension)")
  public Map<String, String> lifecycle(@PathVariable long matchId, @PathVariable String action,
      @RequestBody(required = false) JsonNode body, Principal user) {
    return act(matchId, Review.Action.valueOf(action.toUpperCase()), body, user);
  }

  private Map<String, String> act(long matchId, Review.Action action, JsonNode body, Principal user) {
    String reason = text(body, "reason");
    String status = review.act(matchId, action, reason, version(body), user.getName());
    return Map.of("matchId", Long.toString(matchId), "status", status);
  }

  private static Integer version(JsonNode body) {
    return body != null && body.hasNonNull("version") ? Integer.valueOf(body.get("version").asInt()) : null;
  }

  private static String text(JsonNode body, String field) {
    if (body == null || !body.has(field) || body.get(field).isNull()) {
      return null;
    }
    if (!body.get(field).isTextual()) {
      throw new InvalidInputException(field, "must be a string");
    }
    return body.get(field).asText();
  }
}
