package nl.veerkracht.app.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.api.ScenarioBody;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scenarios stored as datasets: import (as the CLI's {@code import}), list and export. */
@RestController
@Tag(name = "scenarios")
public class DatasetController {

  private final DatasetStore store;
  private final ScenarioSizeLimit sizeLimit;

  public DatasetController(DatasetStore store, ScenarioSizeLimit sizeLimit) {
    this.store = store;
    this.sizeLimit = sizeLimit;
  }

  @PostMapping("/api/v1/scenarios")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Validate a scenario and store it as a dataset (OFFICER, ADMIN); nothing is stored on any problem")
  public Map<String, String> importScenario(@ScenarioBody InputStream body,
      @RequestParam(required = false) String name, Principal user) {
    Scenario scenario = sizeLimit.read(body);
    String datasetName = name != null && !name.isBlank() ? name
        : "scenario " + Formats.of(Formats.DUTCH).shortDate(scenario.referenceDate());
    long id = store.save(scenario, datasetName, user.getName());
    return Map.of("id", Long.toString(id));
  }

  @GetMapping("/api/v1/scenarios")
  @Operation(summary = "The stored datasets, newest first (OFFICER, ADMIN)")
  public List<DatasetSummary> list() {
    return store.list();
  }

  @GetMapping(value = "/api/v1/scenarios/{id}", produces = "application/json")
  @Operation(summary = "Export a dataset as the veerkracht-scenario/1 document it was imported from (OFFICER, ADMIN)")
  public String export(@PathVariable long id, Principal user) {
    return ScenarioWriter.toJson(store.export(id, user.getName()).orElseThrow(() -> new NotFoundException("dataset", id)));
  }
}
