package nl.veerkracht.app.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import org.springframework.stereotype.Service;

/** The planning contexts of the few datasets being reviewed, kept because datasets never change. */
@Service
public class PlanningContexts {

  private static final int KEPT = 3;

  private final DatasetStore datasets;
  private final Map<Long, PlanningContext> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, PlanningContext> eldest) {
      return size() > KEPT;
    }
  };

  public PlanningContexts(DatasetStore datasets) {
    this.datasets = datasets;
  }

  public synchronized PlanningContext of(long dataset) {
    PlanningContext context = kept.get(dataset);
    if (context == null) {
      Scenario scenario = datasets.loadForPlanning(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset));
      context = PlanningContext.of(scenario, Mediation.evaluate(scenario, RuleBase.current()));
      kept.put(dataset, context);
    }
    return context;
  }
}
