package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.dataset.DatasetSummary;
import nl.veerkracht.app.i18n.Csv;
import nl.veerkracht.app.i18n.CsvTables;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.app.i18n.Labels;
import nl.veerkracht.app.indicators.AreaIndicatorsService;
import nl.veerkracht.app.indicators.BuurtMap;
import nl.veerkracht.democity.RotterdamData;
import nl.veerkracht.rules.indicators.Typology;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.context.MessageSource;
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
  private final Formats fmt;
  private final MessageSource messages;

  public SimulationPages(Simulations simulations, DatasetStore datasets, AreaIndicatorsService indicators,
      CsvTables csvTables, Labels labels, Formats fmt, MessageSource messages) {
    this.simulations = simulations;
    this.datasets = datasets;
    this.indicators = indicators;
    this.csvTables = csvTables;
    this.labels = labels;
    this.fmt = fmt;
    this.messages = messages;
  }

  @GetMapping("/policy/simulations")
  String start(Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new SimulationForm());
    }
    List<DatasetSummary> stored = datasets.list();
    model.addAttribute("datasets", stored);
    model.addAttribute("runs", simulations.list().stream().map(row -> RunSummary.of(row, datasetName(row.dataset(),
        stored), labels)).toList());
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
    long dataset = Long.parseLong(view.get("dataset").asText());
    model.addAttribute("datasetName", datasetName(dataset, datasets.list()));
    model.addAttribute("settings", VariantSettings.of(view.get("request").get("variants"), fmt, labels, messages));
    if (view.get("status").asText().equals(SimulationStatus.DONE.name())) {
      Comparison comparison = Comparison.of(view);
      boolean replicated = view.hasNonNull("replications");
      model.addAttribute("comparison", comparison);
      model.addAttribute("replicated", replicated);
      List<Column> columns = columns(replicated, comparison.variants().size() > 1);
      model.addAttribute("columns", columns);
      model.addAttribute("hiddenColumns", columns.stream().filter(c -> !c.shown()).map(Column::key).toList());
      model.addAttribute("perVariant", PER_VARIANT);
      int shown = Math.max(1, Math.min(variant, comparison.variants().size() - 1));
      model.addAttribute("mapVariant", shown);
      if (comparison.variants().size() > 1) {
        model.addAttribute("map", BuurtMap.of(indicators.report(dataset).areas()
            .stream().filter(a -> a.level().equals("BUURT")).toList(), RotterdamData.bundled()));
        Map<String, String> changeOf = new HashMap<>();
        Map<String, Double> effectOf = new HashMap<>();
        comparison.buurten().forEach(row -> {
          changeOf.put(row.code(), row.cells().get(shown).change());
          effectOf.put(row.code(), row.cells().get(shown).effect());
        });
        model.addAttribute("changeOf", changeOf);
        model.addAttribute("effectOf", effectOf);
        model.addAttribute("classCounts", changeOf.values().stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        model.addAttribute("named", comparison.namedOnMap(shown));
        model.addAttribute("colours", COLOURS);
      }
    }
    return "policy/simulation";
  }

  /** A run in the list of runs: its dataset by name, its variants by their names. */
  public record RunSummary(long id, String dataset, String variants, SimulationStatus status, String createdBy,
      Instant createdAt) {

    static RunSummary of(SimulationStore.Row row, String dataset, Labels labels) {
      List<String> names = new ArrayList<>();
      try {
        ScenarioJson.mapper().readTree(row.request()).path("variants")
            .forEach(v -> names.add(labels.policyName(v.path("name").asText("baseline"))));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("simulation " + row.id() + ": its stored request is not JSON", e);
      }
      return new RunSummary(row.id(), dataset, String.join(", ", names), row.status(), row.createdBy(),
          row.createdAt());
    }
  }

  private String datasetName(long dataset, List<DatasetSummary> stored) {
    return stored.stream().filter(d -> d.id() == dataset).map(d -> d.id() + " · " + labels.datasetName(d.name()))
        .findFirst()
        .orElse(Long.toString(dataset));
  }

  /** A column the reader can show or hide in the per-buurt table, and whether it shows at first. */
  public record Column(String key, boolean shown) {
  }

  /** The measures shown per variant among the further columns, in table order. */
  static final List<String> PER_VARIANT = List.of("lettings", "vulnerable", "art9", "urgent", "clients", "indexChange");

  /** The table leads with each variant's difference, its interval and the waterbed; the rest the reader chooses. */
  static List<Column> columns(boolean replicated, boolean compared) {
    List<Column> columns = new ArrayList<>();
    if (compared) {
      columns.add(new Column("difference", true));
      if (replicated) {
        columns.add(new Column("interval", true));
      }
      columns.add(new Column("waterbed", true));
    }
    columns.add(new Column("vacancies", !compared));
    PER_VARIANT.forEach(key -> columns.add(new Column(key, !compared && key.equals("lettings"))));
    return columns;
  }

  @GetMapping("/policy/simulations/{id}/buurten.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id) {
    return csv(Comparison.of(simulations.view(id))).download("simulation-" + id + "-buurten.csv");
  }

  /**
   * One row per buurt and variant, as the page shows them: small counts as {@code <10}, a change
   * resting on one as {@code *}; numbers in the reader's format ({@link Csv}).
   */
  Csv csv(Comparison comparison) {
    Csv csv = csvTables.table("csv.simulation", "variant", "policy", "buurt", "name", "vacancies", "lettings",
        "urgentLettings", "art9Lettings", "vulnerableLettings", "clientsPlaced", "projectedIndexChange",
        "vulnerableLettingsChange", "differenceMean", "differenceLow", "differenceHigh", "waterbed");
    for (Comparison.BuurtRow row : comparison.buurten()) {
      for (Comparison.Variant variant : comparison.variants()) {
        Comparison.Cells c = row.cells().get(variant.index());
        boolean baseline = variant.index() == 0;
        Comparison.Interval d = c.difference();
        Object hidden = c.replicated() ? SmallCells.HIDDEN_CHANGE : null;
        csv.row(variant.index() + 1, labels.policyName(variant.name()), row.code(), row.name(), row.vacancies(),
            count(c.lettings()), count(c.urgent()), count(c.art9()), count(c.vulnerable()), count(c.clients()),
            c.indexChange(), baseline ? null : change(c.vulnerableChange()), d == null ? hidden : d.mean(),
            d == null ? hidden : d.low(), d == null ? hidden : d.high(), baseline ? null : change(c.waterbed()));
      }
    }
    return csv;
  }

  private static Object count(Integer households) {
    return households == null ? SmallCells.SMALL : households;
  }

  private static Object change(Integer change) {
    return change == null ? SmallCells.HIDDEN_CHANGE : change;
  }

  /** The change classes of the map, in legend order, with their colours (red: more vulnerable lettings). */
  private static final Map<String, String> COLOURS = colours();

  private static Map<String, String> colours() {
    Map<String, String> colours = new LinkedHashMap<>();
    colours.put("up2", "#b2182b");
    colours.put("up1", "#ef8a62");
    colours.put("same", "#f7f7f7");
    colours.put("uncertain", "#e8ddb5");
    colours.put("down1", "#67a9cf");
    colours.put("down2", "#2166ac");
    colours.put("hidden", "#b0b0b0");
    return colours;
  }
}
