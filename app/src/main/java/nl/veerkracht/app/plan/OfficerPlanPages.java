package nl.veerkracht.app.plan;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.veerkracht.app.api.ConflictException;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Unit;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import nl.veerkracht.app.i18n.ProblemTexts;
import nl.veerkracht.scenario.Area;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
  private final ProblemTexts problems;
  private final MessageSource messages;
  private final int staleDays;

  public OfficerPlanPages(Plans plans, PlanStore store, Review review, Change change, WhyNot whyNot,
      PlanningContexts contexts, AuditTrail trail, ProblemTexts problems, MessageSource messages,
      @Value("${veerkracht.review.stale-days:7}") int staleDays) {
    this.problems = problems;
    this.messages = messages;
    this.plans = plans;
    this.store = store;
    this.review = review;
    this.change = change;
    this.whyNot = whyNot;
    this.contexts = contexts;
    this.trail = trail;
    this.staleDays = staleDays;
  }

  /** Proposals per page. */
  static final int PAGE_SIZE = 25;

  /** One row of the review table: the match with the names an officer reads. */
  public record Row(PlanView.MatchView match, Client client, Unit unit, String buurt, String buurtName,
      String streetName, int streetUsed, int streetCapacity, boolean stale, List<Unit> alternatives) {

    /** The heading of the row's group: buurt, street or status. */
    String groupKey(String groupBy) {
      return switch (groupBy) {
        case "street" -> streetName + " (" + buurtName + ")";
        case "status" -> match.status();
        default -> buurtName;
      };
    }
  }

  /** Rows under one heading. */
  public record Group(String title, boolean status, List<Row> rows) {
  }

  @PostMapping("/officer/datasets/{dataset}/plans")
  String start(@PathVariable long dataset, @RequestParam(defaultValue = "30") int seconds, Principal user) {
    return "redirect:/officer/plans/" + plans.start(dataset, null, seconds, user.getName());
  }

  @GetMapping("/officer/plans/{id}")
  String plan(@PathVariable long id, @RequestParam Map<String, String> filters, Principal user, Locale locale,
      Model model) {
    PlanView view = plans.view(id, locale);
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
    String groupBy = List.of("street", "status").contains(filters.getOrDefault("groupBy", "")) ? filters.get("groupBy")
        : "buurt";
    List<Row> rows = rows(id, view, context, m -> true).stream().filter(r -> matches(r, filters))
        .sorted(Comparator.comparing((Row r) -> r.groupKey(groupBy))).toList();
    int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, parse(filters.get("page"))), pages);
    List<Row> shown = rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE));
    Map<String, List<Row>> grouped = new LinkedHashMap<>();
    shown.forEach(r -> grouped.computeIfAbsent(r.groupKey(groupBy), k -> new ArrayList<>()).add(r));
    model.addAttribute("groups", grouped.entrySet().stream()
        .map(e -> new Group(e.getKey(), groupBy.equals("status"), e.getValue())).toList());
    model.addAttribute("groupBy", groupBy);
    model.addAttribute("matched", rows.size());
    model.addAttribute("page", page);
    model.addAttribute("pages", pages);
    model.addAttribute("tab", "unplaced".equals(filters.get("tab")) ? "unplaced" : "proposals");
    model.addAttribute("clients", context.clients());
    model.addAttribute("changes", row.previous() == null ? null : changes(row));
    return "officer/plan";
  }

  /** The progress of a solve, for the page's script: only the fragment, the plan's status in a header. */
  @GetMapping("/officer/plans/{id}/progress")
  String progress(@PathVariable long id, Locale locale, Model model, HttpServletResponse response) {
    PlanView view = plans.view(id, locale);
    response.setHeader("X-Plan-Status", view.status().name());
    model.addAttribute("plan", view);
    return "officer/plan-parts :: progress";
  }

  private static int parse(String page) {
    try {
      return page == null ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException notANumber) {
      return 1;
    }
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

  /**
   * An action from the page. Asked by the page's script ({@code X-Requested-With: fetch}) it
   * answers with the match's row as it is now (or the refusal, 400 or 409), so the page stays
   * where it is with its filters; without script it goes back to the plan.
   */
  @PostMapping("/officer/matches/{matchId}/{action:accept|reject|offer|sign|withdraw|change}")
  String act(@PathVariable long matchId, @PathVariable String action, @RequestParam long plan,
      @RequestParam(required = false) Integer version, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String reasonCode, @RequestParam(required = false) String reasonText,
      @RequestHeader(name = "X-Requested-With", required = false) String requestedWith, Principal user,
      Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    boolean inPlace = "fetch".equals(requestedWith);
    try {
      String reason = store.reason(reasonCode, reasonText);
      if (action.equals("change")) {
        change.change(matchId, unit, reason, version, user.getName());
      } else {
        review.act(matchId, Review.Action.valueOf(action.toUpperCase()), reason, version, user.getName());
      }
      redirect.addFlashAttribute("done", matchId);
    } catch (ConflictException | InvalidInputException refused) {
      if (inPlace) {
        response.setStatus(refused instanceof ConflictException ? 409 : 400);
        model.addAttribute("refused", refusal(refused, locale));
        return "officer/plan-parts :: refused";
      }
      redirect.addFlashAttribute("refused", refusal(refused, locale));
    }
    if (inPlace) {
      PlanningContext context = contexts.of(store.plan(plan).orElseThrow().dataset());
      PlanView view = plans.view(plan, locale);
      model.addAttribute("plan", view);
      model.addAttribute("reasons", store.rejectReasons());
      model.addAttribute("r", rows(plan, view, context, m -> m.matchId().equals(Long.toString(matchId))).get(0));
      return "officer/plan-parts :: row";
    }
    return "redirect:/officer/plans/" + plan;
  }

  private String refusal(RuntimeException refused, Locale locale) {
    if (refused instanceof InvalidInputException invalid) {
      return invalid.problems().stream().map(p -> problems.field(p.path(), locale) + ": " + problems.message(p, locale))
          .collect(Collectors.joining("; "));
    }
    return messages.getMessage((ConflictException) refused, locale);
  }

  /** Why a client is not placed in a dwelling; asked by the page's script, only the answer. */
  @GetMapping("/officer/plans/{id}/why")
  String why(@PathVariable long id, @RequestParam String client, @RequestParam String unit,
      @RequestHeader(name = "X-Requested-With", required = false) String requestedWith,
      @RequestParam Map<String, String> filters, Principal user, Locale locale, Model model) {
    PlanStore.PlanRow row = store.plan(id).orElseThrow();
    model.addAttribute("whyClient", client);
    model.addAttribute("whyUnit", unit);
    model.addAttribute("why", whyNot.explain(id, row.dataset(), client.strip(), unit.strip(), contexts.of(row.dataset())));
    if ("fetch".equals(requestedWith)) {
      return "officer/plan-parts :: why";
    }
    return plan(id, Map.of(), user, locale, model);
  }

  private List<Row> rows(long planId, PlanView view, PlanningContext context,
      java.util.function.Predicate<PlanView.MatchView> which) {
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
      if (!which.test(match)) {
        continue;
      }
      Unit unit = context.units().get(match.unit());
      Area street = context.streets().get(unit.street());
      boolean proposed = "PROPOSED".equals(match.status());
      rows.add(new Row(match, context.clients().get(match.client()), unit, street.buurt(),
          street.buurtName() == null ? street.buurt() : street.buurtName(),
          street.name() == null ? street.street() : street.name(),
          used.getOrDefault(match.street(), 0), capacity.getOrDefault(match.street(), 0),
          proposed && planned != null && planned.isBefore(staleBefore),
          proposed ? Change.alternatives(match.client(), match.unit(), use, context) : List.of()));
    }
    return rows;
  }

  /** Each filter matches a code or a name, in part and in any case. */
  private static boolean matches(Row row, Map<String, String> filters) {
    return keep(filters.get("buurt"), row.buurt(), row.buurtName())
        && keep(filters.get("street"), row.unit().street(), row.streetName())
        && keep(filters.get("owner"), row.unit().owner())
        && keep(filters.get("group"), row.client().group().name())
        && keep(filters.get("status"), row.match().status());
  }

  private static boolean keep(String filter, String... values) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    String wanted = filter.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values).anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(wanted));
  }

  /** What changed against the previous plan, per client, and why (only reasons that were checked). */
  private List<ReplanChanges.ProposalChange> changes(PlanStore.PlanRow current) {
    PlanStore.PlanRow previous = store.plan(current.previous()).orElseThrow();
    return ReplanChanges.between(store.matches(previous.id()), previous.placed() == null ? 0 : previous.placed(),
        store.matches(current.id()), current.placed() == null ? 0 : current.placed(), store.rejected(current.dataset()));
  }
}
