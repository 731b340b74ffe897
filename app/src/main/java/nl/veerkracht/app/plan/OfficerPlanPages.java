package nl.veerkracht.app.plan;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.veerkracht.app.api.ConflictException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Unit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The allocation officer's review of a plan: the proposed matches (filterable), each with the
 * client's needs, the dwelling, the street's room and the solver's reasons; accept, reject with
 * a reason, change to another dwelling the page offers; replan; ask why a client is not placed
 * somewhere. Opening a plan shows client details, so it is recorded as a sensitive read.
 */
@Controller
public class OfficerPlanPages {

  private final Plans plans;
  private final PlanStore store;
  private final Review review;
  private final Change change;
  private final WhyNot whyNot;
  private final PlanningContexts contexts;
  private final AuditTrail trail;
  private final int staleDays;

  public OfficerPlanPages(Plans plans, PlanStore store, Review review, Change change, WhyNot whyNot,
      PlanningContexts contexts, AuditTrail trail, @Value("${veerkracht.review.stale-days:7}") int staleDays) {
    this.plans = plans;
    this.store = store;
    this.review = review;
    this.change = change;
    this.whyNot = whyNot;
    this.contexts = contexts;
    this.trail = trail;
    this.staleDays = staleDays;
  }

  /** One row of the review table. */
  public record Row(PlanView.MatchView match, Client client, Unit unit, String buurt, int streetUsed,
      int streetCapacity, boolean stale, List<Unit> alternatives) {
  }

  @PostMapping("/officer/datasets/{dataset}/plans")
  String start(@PathVariable long dataset, @RequestParam(defaultValue = "30") int seconds, Principal user) {
    return "redirect:/officer/plans/" + plans.start(dataset, null, seconds, user.getName());
  }

  @GetMapping("/officer/plans/{id}")
  String plan(@PathVariable long id, @RequestParam Map<String, String> filters, Principal user, Model model) {
    PlanView view = plans.view(id, LocaleContextHolder.getLocale());
    PlanStore.PlanRow row = store.plan(id).orElseThrow();
    model.addAttribute("plan", view);
    model.addAttribute("filters", filters);
    model.addAttribute("reasons", store.rejectReasons());
    if (view.status() != PlanStatus.DONE) {
      return "officer/plan";
    }
    PlanningContext context = contexts.of(row.dataset());
    trail.append(AuditKind.SENSITIVE_READ, "plan " + id, user.getName(),
        ScenarioJson.mapper().createObjectNode().put("plan", Long.toString(id)).put("what", "client needs of the plan"));
    List<Row> rows = rows(id, view, context).stream().filter(r -> matches(r, filters)).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("clients", context.clients());
    model.addAttribute("changes", row.previous() == null ? null : changes(row.previous(), view));
    return "officer/plan";
  }

  @PostMapping("/officer/plans/{id}/replan")
  String replan(@PathVariable long id, Principal user) {
    return "redirect:/officer/plans/" + plans.replan(id, user.getName());
  }

  @PostMapping("/officer/plans/{id}/cancel")
  String cancel(@PathVariable long id) {
    plans.cancel(id);
    return "redirect:/officer/plans/" + id;
  }

  @PostMapping("/officer/matches/{matchId}/{action:accept|reject|offer|sign|withdraw}")
  String act(@PathVariable long matchId, @PathVariable String action, @RequestParam long plan,
      @RequestParam(required = false) Integer version, @RequestParam(required = false) String reasonCode,
      @RequestParam(required = false) String reasonText, Principal user, RedirectAttributes redirect) {
    try {
      String reason = store.reason(reasonCode, reasonText);
      review.act(matchId, Review.Action.valueOf(action.toUpperCase()), reason, version, user.getName());
      redirect.addFlashAttribute("done", matchId);
    } catch (ConflictException | InvalidInputException refused) {
      redirect.addFlashAttribute("refused", refused.getMessage());
    }
    return "redirect:/officer/plans/" + plan;
  }

  @PostMapping("/officer/matches/{matchId}/change")
  String change(@PathVariable long matchId, @RequestParam long plan, @RequestParam int version,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String reasonCode,
      @RequestParam(required = false) String reasonText, Principal user, RedirectAttributes redirect) {
    try {
      change.change(matchId, unit, store.reason(reasonCode, reasonText), version, user.getName());
      redirect.addFlashAttribute("done", matchId);
    } catch (ConflictException | InvalidInputException refused) {
      redirect.addFlashAttribute("refused", refused.getMessage());
    }
    return "redirect:/officer/plans/" + plan;
  }

  @GetMapping("/officer/plans/{id}/why")
  String why(@PathVariable long id, @RequestParam String client, @RequestParam String unit, Principal user,
      Model model) {
    PlanStore.PlanRow row = store.plan(id).orElseThrow();
    model.addAttribute("whyClient", client);
    model.addAttribute("whyUnit", unit);
    model.addAttribute("why", whyNot.explain(id, row.dataset(), client.strip(), unit.strip(), contexts.of(row.dataset())));
    return plan(id, Map.of(), user, model);
  }

  private List<Row> rows(long planId, PlanView view, PlanningContext context) {
    Map<String, Integer> capacity = view.streets().stream()
        .collect(Collectors.toMap(s -> s.street(), s -> s.capacity(), (a, b) -> a));
    Map<String, Integer> used = new HashMap<>();
    view.assignments().stream().filter(m -> !"REJECTED".equals(m.status()) && !"WITHDRAWN".equals(m.status()))
        .forEach(m -> used.merge(m.street(), context.use(m.client()), Integer::sum));
    Instant staleBefore = Instant.now().minus(Duration.ofDays(staleDays));
    Instant planned = store.finishedAt(planId);
    Change.PlanUse use = change.use(planId, context);
    List<Row> rows = new ArrayList<>();
    for (PlanView.MatchView match : view.assignments()) {
      Unit unit = context.units().get(match.unit());
      boolean proposed = "PROPOSED".equals(match.status());
      rows.add(new Row(match, context.clients().get(match.client()), unit, context.buurtOf(unit),
          used.getOrDefault(match.street(), 0), capacity.getOrDefault(match.street(), 0),
          proposed && planned != null && planned.isBefore(staleBefore),
          proposed ? Change.alternatives(match.client(), match.unit(), use, context) : List.of()));
    }
    return rows;
  }

  private static boolean matches(Row row, Map<String, String> filters) {
    return keep(filters.get("buurt"), row.buurt()) && keep(filters.get("street"), row.unit().street())
        && keep(filters.get("owner"), row.unit().owner()) && keep(filters.get("group"), row.client().group().name())
        && keep(filters.get("status"), row.match().status());
  }

  private static boolean keep(String filter, String value) {
    return filter == null || filter.isBlank() || filter.equalsIgnoreCase(value);
  }

  /** What changed against the previous plan: pairs added and pairs gone. */
  private Map<String, Set<String>> changes(long previous, PlanView current) {
    Set<String> before = store.matches(previous).stream().map(m -> m.client() + " → " + m.unit())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> now = current.assignments().stream().map(m -> m.client() + " → " + m.unit())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> added = new TreeSet<>(now);
    added.removeAll(before);
    Set<String> gone = new TreeSet<>(before);
    gone.removeAll(now);
    return Map.of("added", added, "gone", gone);
  }

}
