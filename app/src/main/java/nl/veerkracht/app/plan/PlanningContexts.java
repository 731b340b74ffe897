package nl.veerkracht.app.plan;

import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.cache.PerKeyCache;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import org.springframework.stereotype.Service;

/**
 * The planning contexts of the few datasets being reviewed, kept because datasets never change.
 * Each is loaded once by the first reviewer who needs it; reviewers of other datasets do not
 * wait for that load.
 */
@Service
public class PlanningContexts {

  private static final int KEPT = 3;

  private final DatasetStore datasets;
  private final PerKeyCache<Long, PlanningContext> kept = new PerKeyCache<>(KEPT, this::load);

  public PlanningContexts(DatasetStore datasets) {
    this.datasets = datasets;
  }

  public PlanningContext of(long dataset) {
    return kept.get(dataset);
  }

  private PlanningContext load(long dataset) {
    Scenario scenario = datasets.loadForPlanning(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset));
    return PlanningContext.of(scenario, Mediation.evaluate(scenario, RuleBase.current()));
  }
}
