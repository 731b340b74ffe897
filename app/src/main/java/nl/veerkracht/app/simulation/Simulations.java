package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.dataset.DatasetSummary;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.simulation.Outcomes;
import nl.veerkracht.simulation.SimulationRequest;
import nl.veerkracht.simulation.SimulationResult;
import nl.veerkracht.simulation.SimulationSettings;
import nl.veerkracht.simulation.Simulator;
import nl.veerkracht.simulation.Variant;
import nl.veerkracht.simulation.VariantPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs simulations in the background, one at a time on a thread of their own (the machine has
 * two cores; requests are never held up by a run), with progress. A run is checked completely
 * before it starts; its result is written whole, with its audit entry, in one transaction; a run
 * that fails is marked FAILED (and audited as such) and keeps nothing of its work.
 */
@Service
public class Simulations {

  private static final Logger log = LoggerFactory.getLogger(Simulations.class);

  /** Steps done and in all of a running simulation. */
  public record Progress(int done, int total) {
  }

  private final SimulationStore store;
  private final DatasetStore datasets;
  private final AuditTrail trail;
  private final TransactionTemplate transaction;
  private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
  private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "simulation");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  });

  public Simulations(SimulationStore store, DatasetStore datasets, AuditTrail trail, TransactionTemplate transaction) {
    this.store = store;
    this.datasets = datasets;
    this.trail = trail;
    this.transaction = transaction;
  }

  @EventListener(ApplicationReadyEvent.class)
  void markInterruptedRuns() {
    int interrupted = store.failInterrupted();
    if (interrupted > 0) {
      log.warn("{} simulation(s) were running when the service stopped; marked FAILED", interrupted);
    }
  }

  /**
   * Checks a request against its dataset and starts it.
   *
   * @throws InvalidInputException with every problem, before anything is stored
   */
  public long start(SimulationRequest request, String actor) {
    long dataset = request.dataset() != null ? request.dataset()
        : datasets.newest().orElseThrow(() -> new InvalidInputException(List.of(Problem.coded("dataset", "simulation.noDataset"))));
    DatasetSummary summary = datasets.list().stream().filter(d -> d.id() == dataset).findFirst()
        .orElseThrow(() -> new InvalidInputException(List.of(Problem.coded("dataset", "simulation.unknownDataset",
            dataset))));
    Scenario forChecks = datasets.loadForPlanning(dataset).orElseThrow();
    List<Variant> variants = VariantPolicies.check(request.variants(), forChecks);
    SimulationSettings settings = request.settings().resolve(summary.units(), summary.clients());
    Simulator.checkYears(forChecks.referenceDate(), settings.months(), variants);
    long id = store.create(dataset, ScenarioJson.canonical(request.toJson(dataset)), actor);
    progress.put(id, new Progress(0, 1));
    runner.submit(() -> run(id, dataset, variants, settings, actor));
    return id;
  }

  /** A stored run's request, to start it again: the same dataset, settings and variants give the same result. */
  public SimulationRequest request(long id) {
    SimulationStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("simulation", id));
    return SimulationRequest.fromJson(readJson(row.request()));
  }

  /** Status, progress while running, the error when failed, and the result's fields when done. */
  public ObjectNode view(long id) {
    SimulationStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("simulation", id));
    ObjectNode view = ScenarioJson.mapper().createObjectNode();
    view.put("id", Long.toString(id));
    view.put("status", row.status().name());
    view.put("dataset", Long.toString(row.dataset()));
    view.put("createdBy", row.createdBy());
    view.put("createdAt", row.createdAt().toString());
    Progress running = progress.get(id);
    if (row.status() == SimulationStatus.RUNNING && running != null) {
      view.putObject("progress").put("done", running.done()).put("total", running.total())
          .put("fraction", Outcomes.round((double) running.done() / running.total(), 3));
    }
    if (row.status() == SimulationStatus.FAILED) {
      view.put("error", row.error());
    }
    view.set("request", readJson(row.request()));
    if (row.status() == SimulationStatus.DONE) {
      view.setAll((ObjectNode) readJson(row.result()));
    }
    return view;
  }

  public List<SimulationStore.Row> list() {
    return store.list();
  }

  void run(long id, long dataset, List<Variant> variants, SimulationSettings settings, String actor) {
    try {
      Scenario scenario = datasets.load(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset));
      SimulationResult result = Simulator.run(scenario, variants, settings,
          (done, total) -> progress.put(id, new Progress(done, total)), threads(settings));
      String text = json(result);
      transaction.executeWithoutResult(status -> {
        if (store.complete(id, text)) {
          trail.append(AuditKind.SIMULATION, "simulation " + id, actor, record(id, dataset, variants, result, text));
        }
      });
    } catch (RuntimeException e) {
      log.error("simulation {} failed", id, e);
      String error = e instanceof InvalidInputException invalid ? "invalid input: " + invalid.problems() : e.toString();
      transaction.executeWithoutResult(status -> {
        store.fail(id, error);
        trail.append(AuditKind.SIMULATION, "simulation " + id, actor, failure(id, dataset, error));
      });
    } finally {
      progress.remove(id);
    }
  }

  /**
   * The service shares its memory with every user: a run's variants go one after the other (a
   * letting of the demo city holds some 2 GB while it runs), its replications in parallel on the
   * cores, each replication's variants one after the other. The result is the same either way.
   */
  private static int threads(SimulationSettings settings) {
    return settings.replications() != null && settings.replications() > 1
        ? Runtime.getRuntime().availableProcessors() : 1;
  }

  /** The audit entry of a finished run: what ran (every policy as given, with its hash) and the hash of the result. */
  private static ObjectNode record(long id, long dataset, List<Variant> variants, SimulationResult result,
      String text) {
    ObjectNode record = ScenarioJson.mapper().createObjectNode();
    record.put("simulation", Long.toString(id));
    record.put("dataset", Long.toString(dataset));
    record.put("status", SimulationStatus.DONE.name());
    record.put("seed", result.seed());
    record.put("months", result.months());
    record.put("vacanciesPerYear", result.vacanciesPerYear());
    record.put("directOffersPerYear", result.directOffersPerYear());
    record.put("plannerSteps", result.plannerSteps());
    record.putObject("rules").put("version", result.rules().version()).put("hash", result.rules().hash());
    record.put("commonDraws", result.commonDraws().hash());
    ArrayNode policies = record.putArray("variants");
    for (Variant variant : variants) {
      policies.addObject().put("name", variant.name()).put("hash", variant.hash()).set("policy", variant.given());
    }
    record.put("result", "sha256:" + Policy.sha256(text));
    return record;
  }

  private static ObjectNode failure(long id, long dataset, String error) {
    ObjectNode record = ScenarioJson.mapper().createObjectNode();
    record.put("simulation", Long.toString(id));
    record.put("dataset", Long.toString(dataset));
    record.put("status", SimulationStatus.FAILED.name());
    record.put("error", error);
    return record;
  }

  /** The result as the command line writes it, byte for byte. */
  static String json(SimulationResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScenarioJson.writePretty(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode readJson(String text) {
    try {
      return ScenarioJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored simulation is not JSON", e);
    }
  }

  @PreDestroy
  void stop() {
    runner.shutdownNow();
  }
}
