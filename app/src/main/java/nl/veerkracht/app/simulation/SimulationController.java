package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import nl.veerkracht.simulation.SimulationRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Policy simulations over a stored dataset (docs/simulation.md). */
@RestController
@Tag(name = "simulations")
public class SimulationController {

  private final Simulations simulations;

  public SimulationController(Simulations simulations) {
    this.simulations = simulations;
  }

  @PostMapping("/api/v1/simulations")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Start a policy simulation (POLICYMAKER). Body: {\"dataset\": id (absent = the newest), "
      + "\"variants\": [policy objects, the first the baseline], \"months\": 12, \"seed\": 1}, optionally "
      + "\"vacanciesPerYear\", \"directOffersPerYear\", \"plannerSteps\"; 400 with every problem "
      + "(e.g. variants[1].art9ShareOverride) before anything runs")
  public Map<String, String> start(@RequestBody(required = false) JsonNode body, Principal user) {
    long id = simulations.start(SimulationRequest.parse(body), user.getName());
    return Map.of("id", Long.toString(id), "status", SimulationStatus.RUNNING.name());
  }

  @GetMapping("/api/v1/simulations/{id}")
  @Operation(summary = "A simulation: status (RUNNING, DONE, FAILED) with progress, then the veerkracht-simulation/1 "
      + "fields, per-buurt counts from 1 to 9 suppressed (POLICYMAKER)")
  public ObjectNode get(@PathVariable long id) {
    return SmallCells.suppressed(simulations.view(id));
  }
}
