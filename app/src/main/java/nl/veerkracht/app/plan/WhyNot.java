package nl.veerkracht.app.plan;

import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Answers "why is this client not placed in this dwelling?" for a plan: the rules that refuse,
 * the client's needs, an officer's rejection, the dwelling's use for another client, the
 * street's capacity, or a better use found for the client. Each answer is a message key with
 * its arguments, so the page says it in the officer's language.
 */
@Service
public class WhyNot {

  /** One reason, as a message key ({@code whyNot.*}) and its arguments. */
  public record Reason(String key, List<String> args) {
  }

  private final PlanStore store;
  private final JdbcTemplate jdbc;

  public WhyNot(PlanStore store, JdbcTemplate jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  public List<Reason> explain(long planId, long dataset, String clientId, String unitId, PlanningContext context) {
    Client client = context.clients().get(clientId);
    Unit unit = context.units().get(unitId);
    if (client == null || unit == null) {
      return List.of(new Reason(client == null ? "whyNot.unknownClient" : "whyNot.notOffered",
          List.of(client == null ? clientId : unitId)));
    }
    List<Reason> reasons = new ArrayList<>();
    List<String> refused = context.verdicts().refusedBy(clientId, unitId);
    if (!refused.isEmpty()) {
      reasons.add(new Reason("whyNot.refused", List.of(String.join(", ", refused), context.verdicts().date().toString())));
    }
    if (!context.stepFreeOk(client, unit)) {
      reasons.add(new Reason("whyNot.stepFree", List.of()));
    }
    if (context.excluded(client, unit)) {
      reasons.add(new Reason("whyNot.excluded", List.of(context.buurtOf(unit))));
    }
    if (rejected(dataset, clientId, unitId)) {
      reasons.add(new Reason("whyNot.rejected", List.of()));
    }
    if (reasons.isEmpty()) {
      reasons.addAll(planReasons(planId, clientId, unitId, unit, context));
    }
    return reasons;
  }

  /** The client may have the dwelling: what in the plan keeps them apart. */
  private List<Reason> planReasons(long planId, String clientId, String unitId, Unit unit, PlanningContext context) {
    List<Reason> reasons = new ArrayList<>();
    List<PlanStore.StoredMatch> matches = store.matches(planId);
    for (PlanStore.StoredMatch match : matches) {
      if (match.client().equals(clientId) && match.unit().equals(unitId)) {
        return List.of(new Reason("whyNot.placedHere", List.of(match.status())));
      }
      if (match.unit().equals(unitId) && !"REJECTED".equals(match.status())) {
        reasons.add(new Reason("whyNot.takenBy", List.of(match.client())));
      }
    }
    store.streets(planId).stream().filter(s -> s.street().equals(unit.street())).findFirst()
        .filter(s -> s.used() + context.use(clientId) > s.capacity())
        .ifPresent(s -> reasons.add(new Reason("whyNot.streetFull", List.of(s.street(), Integer.toString(s.used()),
            Integer.toString(s.capacity())))));
    matches.stream().filter(m -> m.client().equals(clientId) && !"REJECTED".equals(m.status())).findFirst()
        .ifPresent(m -> reasons.add(new Reason("whyNot.placedElsewhere", List.of(m.unit()))));
    if (reasons.isEmpty()) {
      reasons.add(new Reason("whyNot.open", List.of()));
    }
    return reasons;
  }

  private boolean rejected(long dataset, String client, String unit) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM rejected_pair WHERE dataset_id = ? AND client = ? AND unit = ?",
        Integer.class, dataset, client, unit) > 0;
  }
}
