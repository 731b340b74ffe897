package nl.veerkracht.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints of the specification whose work later versions add. They are listed,
 * documented and secured already, and answer 501. Each moves to its feature package when it
 * is built.
 */
@RestController
@Tag(name = "pending", description = "specified endpoints that answer 501 until their feature is built")
public class PendingEndpoints {

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
