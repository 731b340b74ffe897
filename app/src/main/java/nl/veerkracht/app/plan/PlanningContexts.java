package nl.veerkracht.app.plan;

import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.cache.PerKeyCache;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.planner.ClientExplainer;
import nl.veerkracht.planner.Planner;
import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import org.springframework.stereotype.Service;

/**
 * The planning contexts of the few datasets being reviewed, kept because datasets never change.
 * Each is loaded once by the first reviewer who needs it; reviewers of other datasets do not
 * wait for that load. The planner's problem of a dataset, built once for explaining one client at
 * a time (an officer's change of dwelling), is kept the same way.
 */
@Service
public class PlanningContexts {

  private static final int KEPT = 3;

  private final DatasetStore datasets;
  private final PerKeyCache<Long, PlanningContext> kept = new PerKeyCache<>(KEPT, this::load);
  private final PerKeyCache<Long, ClientExplainer> explainers = new PerKeyCache<>(KEPT, this::explainer);

  public PlanningContexts(DatasetStore datasets) {
    this.datasets = datasets;
  }

  public PlanningContext of(long dataset) {
    return kept.get(dataset);
  }

  /** The dataset's planning problem, built once, to explain a client in a plan as the officers have it. */
  public ClientExplainer explainerOf(long dataset) {
    return explainers.get(dataset);
  }

  private ClientExplainer explainer(long dataset) {
    PlanningContext context = of(dataset);
    return Planner.explainer(context.scenario(), context.verdicts());
  }

  private PlanningContext load(long dataset) {
    Scenario scenario = datasets.loadForPlanning(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset));
    return PlanningContext.of(scenario, Mediation.evaluate(scenario, RuleBase.current()));
  }
}
