package nl.veerkracht.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.io.InputStream;
import nl.veerkracht.app.dataset.ScenarioSizeLimit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints of the specification whose work later versions add. They are listed,
 * documented and secured already; scenario bodies are validated (400 with every problem),
 * and then they answer 501. Each moves to its feature package when it is built.
 */
@RestController
@Tag(name = "pending", description = "specified endpoints that answer 501 until their feature is built")
public class PendingEndpoints {

  private final ScenarioSizeLimit sizeLimit;

  public PendingEndpoints(ScenarioSizeLimit sizeLimit) {
    this.sizeLimit = sizeLimit;
  }


  @PostMapping("/api/v1/plans")
  @Operation(summary = "Start a direct-mediation plan for the scenario's clients (OFFICER)")
  public Map<String, Object> plan(@ScenarioBody InputStream scenario,
      @RequestParam(defaultValue = "30") int seconds) {
    sizeLimit.read(scenario);
    throw new NotYetAvailableException("planning");
  }

  @GetMapping("/api/v1/plans/{id}")
  @Operation(summary = "A plan with its matches and their status (OFFICER)")
  public Map<String, Object> getPlan(@PathVariable String id) {
    throw new NotYetAvailableException("planning");
  }

  @PostMapping("/api/v1/plans/{id}/cancel")
  @Operation(summary = "Stop a running solve; the plan becomes CANCELLED (OFFICER)")
  public Map<String, Object> cancelPlan(@PathVariable String id) {
    throw new NotYetAvailableException("planning");
  }

  @PostMapping("/api/v1/plans/{id}/replan")
  @Operation(summary = "A new plan keeping accepted matches and never proposing rejected pairs again (OFFICER)")
  public Map<String, Object> replan(@PathVariable String id) {
    throw new NotYetAvailableException("replanning");
  }

  @PostMapping("/api/v1/matches/{matchId}/accept")
  @Operation(summary = "Accept a proposed match; 409 when its unit or client already has an accepted match (OFFICER)")
  public Map<String, Object> accept(@PathVariable String matchId) {
    throw new NotYetAvailableException("officer review");
  }

  @PostMapping("/api/v1/matches/{matchId}/reject")
  @Operation(summary = "Reject a proposed match with a reason (OFFICER)")
  public Map<String, Object> reject(@PathVariable String matchId, @RequestBody Map<String, Object> body) {
    throw new NotYetAvailableException("officer review");
  }

  @PostMapping("/api/v1/simulations")
  @Operation(summary = "Start a policy simulation (POLICYMAKER)")
  public Map<String, Object> simulate(@RequestBody Map<String, Object> request) {
    throw new NotYetAvailableException("simulation");
  }

  @GetMapping("/api/v1/simulations/{id}")
  @Operation(summary = "A simulation's status and progress, then its result (POLICYMAKER)")
  public Map<String, Object> getSimulation(@PathVariable String id) {
    throw new NotYetAvailableException("simulation");
  }




}
