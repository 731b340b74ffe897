package nl.veerkracht.app.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.plan.PlanStore;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's start page: the stored datasets, an import form and exports. */
@Controller
public class OfficerPages {

  private final DatasetStore store;
  private final ScenarioSizeLimit sizeLimit;
  private final PlanStore plans;

  public OfficerPages(DatasetStore store, ScenarioSizeLimit sizeLimit, PlanStore plans) {
    this.store = store;
    this.sizeLimit = sizeLimit;
    this.plans = plans;
  }

  @GetMapping("/officer")
  String start(Model model) {
    model.addAttribute("datasets", store.list());
    model.addAttribute("plans", plans.plans());
    return "officer/start";
  }

  @PostMapping("/officer/datasets")
  String importScenario(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String name,
      Principal user, Model model, RedirectAttributes redirect) throws IOException {
    try {
      sizeLimit.check(file.getSize());
      Scenario scenario = sizeLimit.read(file.getInputStream());
      String datasetName = name != null && !name.isBlank() ? name : file.getOriginalFilename();
      redirect.addFlashAttribute("stored", store.save(scenario, datasetName, user.getName()));
      return "redirect:/officer";
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
      return start(model);
    }
  }

  @GetMapping("/officer/datasets/{id}/export")
  ResponseEntity<byte[]> export(@PathVariable long id, Principal user) {
    Scenario scenario = store.export(id, user.getName()).orElseThrow(() -> new NotFoundException("dataset", id));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("dataset-" + id + ".scenario.json").build().toString())
        .body(ScenarioWriter.toJson(scenario).getBytes(StandardCharsets.UTF_8));
  }
}
