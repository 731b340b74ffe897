package nl.veerkracht.app.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.planner.PlacedBy;
import nl.veerkracht.planner.PlanOptions;
import nl.veerkracht.planner.PlanProgress;
import nl.veerkracht.planner.PlanResult;
import nl.veerkracht.planner.Planner;
import nl.veerkracht.planner.PlanningSession;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves plans in the background, one at a time (the machine has two cores), with progress and
 * cancel. A plan that ends well is written whole, with its proposals in the audit trail, in one
 * transaction; a failed or cancelled one keeps only its row and status. Every solve pins the
 * dataset's accepted matches and never proposes its rejected pairs.
 */
@Service
public class Plans {

  private static final Logger log = LoggerFactory.getLogger(Plans.class);

  private final PlanStore store;
  private final DatasetStore datasets;
  private final AuditTrail trail;
  private final TransactionTemplate transaction;
  private final PlanTexts texts;
  private final ExecutorService solver = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "plan-solver");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<Long, PlanningSession> running = new ConcurrentHashMap<>();
  private final Map<Long, PlanProgress> progress = new ConcurrentHashMap<>();
  /** When each running solve left its preparation (the solver's time cap counts from there). */
  private final Map<Long, Instant> solveStarted = new ConcurrentHashMap<>();
  private final PlanningContexts contexts;
  private final Clock clock;

  public Plans(PlanStore store, DatasetStore datasets, AuditTrail trail, TransactionTemplate transaction,
      PlanTexts texts, PlanningContexts contexts, Clock clock) {
    this.texts = texts;
    this.contexts = contexts;
    this.clock = clock;
    this.store = store;
    this.datasets = datasets;
    this.trail = trail;
    this.transaction = transaction;
  }

  @EventListener(ApplicationReadyEvent.class)
  void markInterruptedSolves() {
    int interrupted = store.failInterrupted();
    if (interrupted > 0) {
      log.warn("{} plan(s) were solving when the service stopped; marked FAILED", interrupted);
    }
  }

  /** Stores the scenario as a dataset and starts a plan for it. */
  public long start(Scenario scenario, int seconds, String actor) {
    checkSeconds(seconds);
    long dataset = datasets.save(scenario, "plan scenario " + Formats.of(Formats.DUTCH).shortDate(scenario.referenceDate()), actor);
    return start(dataset, null, seconds, actor);
  }

  /** Starts a plan for a stored dataset. */
  public long start(long dataset, Long previous, int seconds, String actor) {
    checkSeconds(seconds);
    long id = store.create(dataset, previous, seconds, actor);
    solver.submit(() -> solve(id, dataset, previous, seconds, actor));
    return id;
  }

  /** A new plan for the same dataset as an earlier one, around the accepted and rejected matches. */
  public long replan(long planId, String actor) {
    PlanStore.PlanRow plan = store.plan(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    return start(plan.dataset(), planId, plan.seconds(), actor);
  }

  /** Stops a solve; the plan becomes CANCELLED and keeps nothing of it. */
  public void cancel(long id) {
    store.plan(id).orElseThrow(() -> new NotFoundException("plan", id));
    store.finish(id, PlanStatus.CANCELLED, null);
    PlanningSession session = running.get(id);
    if (session != null) {
      session.cancel();
    }
  }

  /** The plan, its texts in the reader's language. */
  public PlanView view(long id, Locale locale) {
    PlanStore.PlanRow plan = store.plan(id).orElseThrow(() -> new NotFoundException("plan", id));
    String previous = plan.previous() == null ? null : plan.previous().toString();
    if (plan.status() != PlanStatus.DONE) {
      return new PlanView(Long.toString(id), plan.status(), Long.toString(plan.dataset()), previous, plan.error(),
          plan.seconds(), progress.get(id), plan.status() == PlanStatus.SOLVING ? secondsLeft(plan) : null,
          null, null, null, null, null, null, null, null);
    }
    List<PlanView.MatchView> matches = store.matches(id).stream().map(m -> PlanView.MatchView.of(m, texts, locale))
        .toList();
    return new PlanView(Long.toString(id), plan.status(), Long.toString(plan.dataset()), previous, null,
        plan.seconds(), null, null, PlanResult.FORMAT, new PlanResult.PolicyRef(plan.policyName(), plan.policyHash()),
        plan.score(), plan.placed(), placedBy(plan.dataset(), matches), matches,
        store.unassigned(id).stream().map(u -> new PlanView.UnassignedView(u.client(), texts.render(u.reasons(), locale)))
            .toList(), store.streets(id));
  }

  /** The dataset's clients placed per support level and group by the plan's live matches (not rejected or withdrawn). */
  private PlacedBy placedBy(long dataset, List<PlanView.MatchView> matches) {
    return PlacedBy.of(contexts.of(dataset).clients().values(), matches.stream()
        .filter(m -> !"REJECTED".equals(m.status()) && !"WITHDRAWN".equals(m.status()))
        .map(PlanView.MatchView::client).toList());
  }

  /**
   * About how long the solve still takes: its time cap less the time since it left its
   * preparation (the search may end sooner when it stops finding better plans); the whole cap
   * while it is still preparing or waiting for an earlier solve.
   */
  private int secondsLeft(PlanStore.PlanRow plan) {
    Instant started = solveStarted.get(plan.id());
    if (started == null) {
      return plan.seconds();
    }
    long spent = Duration.between(started, Instant.now(clock)).toSeconds();
    return (int) Math.max(1, plan.seconds() - spent);
  }

  private void solve(long id, long dataset, Long previous, int seconds, String actor) {
    try {
      Scenario scenario = datasets.loadForPlanning(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset));
      List<PlanStore.Pin> pins = store.accepted(dataset);
      PlanOptions options = PlanOptions.defaults().withSeconds(seconds)
          .withPinned(pins.stream().map(PlanStore.Pin::match).toList()).withForbidden(store.rejected(dataset))
          .withPrevious(previous == null ? List.of() : store.proposed(previous));
      PlanningSession session = Planner.prepare(scenario, options);
      running.put(id, session);
      if (store.plan(id).map(p -> p.status() == PlanStatus.CANCELLED).orElse(true)) {
        return;
      }
      solveStarted.put(id, Instant.now(clock));
      PlanResult result = session.solve(better -> progress.put(id, better));
      if (session.isCancelled()) {
        return;
      }
      transaction.executeWithoutResult(status -> {
        store.complete(id, result, pins);
        trail.append(AuditKind.PLAN, "plan " + id, actor, record(id, dataset, result));
      });
    } catch (InvalidInputException invalid) {
      store.finish(id, PlanStatus.FAILED, "invalid input: " + invalid.problems());
    } catch (RuntimeException e) {
      log.error("plan {} failed", id, e);
      store.finish(id, PlanStatus.FAILED, e.toString());
    } finally {
      running.remove(id);
      progress.remove(id);
      solveStarted.remove(id);
    }
  }

  private static ObjectNode record(long id, long dataset, PlanResult result) {
    ObjectNode record = ScenarioJson.mapper().createObjectNode();
    record.put("plan", Long.toString(id));
    record.put("dataset", Long.toString(dataset));
    record.putObject("policy").put("name", result.policy().name()).put("hash", result.policy().hash());
    record.put("score", result.score());
    record.put("placed", result.placed());
    ArrayNode proposals = record.putArray("proposals");
    result.assignments().forEach(a -> proposals.addObject().put("client", a.client()).put("unit", a.unit())
        .put("street", a.street()));
    ArrayNode unassigned = record.putArray("unassigned");
    result.unassigned().forEach(u -> unassigned.add(u.client()));
    return record;
  }

  private static void checkSeconds(int seconds) {
    if (seconds < 1 || seconds > 3600) {
      throw new InvalidInputException("seconds", "must be an integer from 1 to 3600");
    }
  }

  @PreDestroy
  void stop() {
    running.values().forEach(PlanningSession::cancel);
    solver.shutdownNow();
  }
}
