package nl.veerkracht.app.indicators;

import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.cache.PerKeyCache;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.IndicatorReport;
import nl.veerkracht.rules.indicators.ModelParameters;
import org.springframework.stereotype.Service;

/**
 * The indicator model over a stored dataset's streets. Datasets never change once stored, so
 * each report is computed once and kept (for at most {@value #KEPT} datasets), not recomputed on
 * every request; computing one dataset's report holds up no other.
 */
@Service
public class AreaIndicatorsService {

  static final int KEPT = 20;

  private final DatasetStore store;
  private final PerKeyCache<Long, IndicatorReport> reports = new PerKeyCache<>(KEPT, this::compute);

  public AreaIndicatorsService(DatasetStore store) {
    this.store = store;
  }

  /** The report of a dataset, or of the newest one when {@code dataset} is null. */
  public IndicatorReport report(Long dataset) {
    long id = dataset != null ? dataset : store.newest().orElseThrow(() -> new NotFoundException("anyDataset", ""));
    return reports.get(id);
  }

  private IndicatorReport compute(long id) {
    var areas = store.loadAreas(id).orElseThrow(() -> new NotFoundException("dataset", id));
    Policy policy = Policy.of(store.loadPolicy(id));
    return IndicatorModel.report(areas, ModelParameters.of(policy.model().get("indicators")));
  }
}
