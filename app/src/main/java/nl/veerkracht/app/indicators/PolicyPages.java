package nl.veerkracht.app.indicators;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.democity.RotterdamData;
import nl.veerkracht.rules.indicators.AreaIndicators;
import nl.veerkracht.rules.indicators.IndicatorReport;
import nl.veerkracht.rules.indicators.ModelParameters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The policymaker's view of the indicator model: every buurt at a glance, each buurt's streets a click away. */
@Controller
public class PolicyPages {

  private final AreaIndicatorsService indicators;
  private final DatasetStore datasets;

  public PolicyPages(AreaIndicatorsService indicators, DatasetStore datasets) {
    this.indicators = indicators;
    this.datasets = datasets;
  }

  @GetMapping("/policy")
  String start(@RequestParam(required = false) Long dataset, Model model) {
    model.addAttribute("datasets", datasets.list());
    if (dataset == null && datasets.newest().isEmpty()) {
      return "policy/start";
    }
    IndicatorReport report = indicators.report(dataset);
    long shown = dataset != null ? dataset : datasets.newest().orElseThrow();
    model.addAttribute("report", report);
    model.addAttribute("dataset", shown);
    model.addAttribute("room", CityRoom.of(report, datasets.list().stream().filter(d -> d.id() == shown)
        .mapToInt(d -> d.clients()).findFirst().orElse(0)));
    model.addAttribute("buurten", byLevel(report, "BUURT"));
    model.addAttribute("map", BuurtMap.of(byLevel(report, "BUURT"), RotterdamData.bundled()));
    return "policy/start";
  }

  @GetMapping("/policy/buurten/{code}")
  String buurt(@PathVariable String code, @RequestParam Long dataset, Model model) {
    IndicatorReport report = indicators.report(dataset);
    AreaIndicators buurt = byLevel(report, "BUURT").stream().filter(a -> a.code().equals(code)).findFirst()
        .orElseThrow(() -> new NotFoundException("buurt", code));
    model.addAttribute("report", report);
    model.addAttribute("dataset", dataset);
    model.addAttribute("buurt", buurt);
    model.addAttribute("parameters", byName(report.parameters()));
    model.addAttribute("streets", report.areas().stream()
        .filter(a -> a.level().equals("STREET") && code.equals(a.buurt())).toList());
    return "policy/buurt";
  }

  /** The indicator model's parameters by name, shown with their values under their labels. */
  static Map<String, Object> byName(ModelParameters parameters) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RecordComponent component : ModelParameters.class.getRecordComponents()) {
      try {
        values.put(component.getName(), component.getAccessor().invoke(parameters));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }

  private static List<AreaIndicators> byLevel(IndicatorReport report, String level) {
    return report.areas().stream().filter(a -> a.level().equals(level)).toList();
  }
}
