package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.i18n.Csv;
import nl.veerkracht.app.i18n.CsvTables;
import nl.veerkracht.app.i18n.Labels;
import nl.veerkracht.app.indicators.AreaIndicatorsService;
import nl.veerkracht.app.indicators.BuurtMap;
import nl.veerkracht.democity.RotterdamData;
import nl.veerkracht.rules.indicators.Typology;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The policymaker's simulation pages: set up variants (a form, no JSON needed), follow a run's
 * progress, and compare the variants per buurt (table, map of the change, CSV), small cells
 * suppressed.
 */
@Controller
public class SimulationPages {

  private final Simulations simulations;
  private final DatasetStore datasets;
  private final AreaIndicatorsService indicators;

  private final CsvTables csvTables;
  private final Labels labels;

  public SimulationPages(Simulations simulations, DatasetStore datasets, AreaIndicatorsService indicators,
      CsvTables csvTables, Labels labels) {
    this.simulations = simulations;
    this.datasets = datasets;
    this.indicators = indicators;
    this.csvTables = csvTables;
    this.labels = labels;
  }

  @GetMapping("/policy/simulations")
  String start(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new SimulationForm());
    }
    model.addAttribute("datasets", datasets.list());
    model.addAttribute("runs", simulations.list());
    model.addAttribute("typologies", Typology.values());
    return "policy/simulations";
  }

  @PostMapping("/policy/simulations")
  String startRun(@ModelAttribute("form") SimulationForm form, Principal user, Model model) {
    try {
      return "redirect:/policy/simulations/" + simulations.start(form.toRequest(), user.getName());
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
      return start(model);
    }
  }

  @PostMapping("/policy/simulations/{id}/rerun")
  String rerun(@PathVariable long id, Principal user) {
    return "redirect:/policy/simulations/" + simulations.start(simulations.request(id), user.getName());
  }

  @GetMapping("/policy/simulations/{id}")
  String run(@PathVariable long id, @RequestParam(defaultValue = "1") int variant, Model model) {
    ObjectNode view = simulations.view(id);
    model.addAttribute("run", view);
    if (view.get("status").asText().equals(SimulationStatus.DONE.name())) {
      Comparison comparison = Comparison.of(view);
      model.addAttribute("comparison", comparison);
      int shown = Math.max(1, Math.min(variant, comparison.variants().size() - 1));
      model.addAttribute("mapVariant", shown);
      model.addAttribute("replicated", view.hasNonNull("replications"));
      if (comparison.variants().size() > 1) {
        model.addAttribute("map", BuurtMap.of(indicators.report(Long.valueOf(view.get("dataset").asText())).areas()
            .stream().filter(a -> a.level().equals("BUURT")).toList(), RotterdamData.bundled()));
        model.addAttribute("changeOf", changeByBuurt(comparison, shown));
        model.addAttribute("colours", COLOURS);
      }
    }
    return "policy/simulation";
  }

  @GetMapping("/policy/simulations/{id}/buurten.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id) {
    return csv(Comparison.of(simulations.view(id))).download("simulation-" + id + "-buurten.csv");
  }

  /** One row per buurt and variant, as the page shows them (small cells suppressed). */
  Csv csv(Comparison comparison) {
    Csv csv = csvTables.table("csv.simulation", "variant", "policy", "buurt", "name", "vacancies", "lettings",
        "urgentLettings", "art9Lettings", "vulnerableLettings", "clientsPlaced", "projectedIndexChange",
        "vulnerableLettingsChange", "waterbed");
    for (Comparison.BuurtRow row : comparison.buurten()) {
      for (Comparison.Variant variant : comparison.variants()) {
        Comparison.Cells c = row.cells().get(variant.index());
        csv.row(variant.index(), labels.policyName(variant.name()), row.code(), row.name(), row.vacancies(),
            c.lettings(), c.urgent(), c.art9(), c.vulnerable(), c.clients(), c.indexChange(), c.vulnerableChange(),
            c.waterbed());
      }
    }
    return csv;
  }

  private static Map<String, String> changeByBuurt(Comparison comparison, int variant) {
    Map<String, String> change = new HashMap<>();
    comparison.buurten().forEach(row -> change.put(row.code(), row.cells().get(variant).change()));
    return change;
  }

  /** The change classes of the map, in legend order, with their colours (red: more vulnerable lettings). */
  private static final Map<String, String> COLOURS = colours();

  private static Map<String, String> colours() {
    Map<String, String> colours = new LinkedHashMap<>();
    colours.put("up2", "#b2182b");
    colours.put("up1", "#ef8a62");
    colours.put("same", "#f7f7f7");
    colours.put("uncertain", "#fcfcf0");
    colours.put("down1", "#67a9cf");
    colours.put("down2", "#2166ac");
    colours.put("hidden", "#d9d9d9");
    return colours;
  }
}
