package nl.veerkracht.app.indicators;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.IndicatorModel;
import nl.veerkracht.rules.indicators.IndicatorReport;
import nl.veerkracht.rules.indicators.ModelParameters;
import org.springframework.stereotype.Service;

/**
 * The indicator model over a stored dataset's streets. Datasets never change once stored, so
 * each report is computed once and kept, not recomputed on every request.
 */
@Service
public class AreaIndicatorsService {

  private final DatasetStore store;
  private final Map<Long, IndicatorReport> reports = new ConcurrentHashMap<>();

  public AreaIndicatorsService(DatasetStore store) {
    this.store = store;
  }

  /** The report of a dataset, or of the newest one when {@code dataset} is null. */
  public IndicatorReport report(Long dataset) {
    long id = dataset != null ? dataset : store.newest().orElseThrow(() -> new NotFoundException("anyDataset", ""));
    return reports.computeIfAbsent(id, this::compute);
  }

  private IndicatorReport compute(long id) {
    var areas = store.loadAreas(id).orElseThrow(() -> new NotFoundException("dataset", id));
    Policy policy = Policy.of(store.loadPolicy(id));
    return IndicatorModel.report(areas, ModelParameters.of(policy.model().get("indicators")));
  }
}
