package nl.veerkracht.app.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.planner.Match;

/**
 * What a replan changed against the plan it replanned, per client, and why: only reasons the
 * service checked: an officer's decision that holds the client in a dwelling (accepted or
 * changed, on any plan of the dataset); a pair the officer rejected; a dwelling an officer's
 * decision gave to another client; otherwise what the two plans' counts say (more clients placed, or as many and the
 * policy's goals served better, see {@link #planReasons}). A client no longer placed also has the
 * checked reasons of the unplaced list.
 */
final class ReplanChanges {

  /** What happened to the client's proposal. */
  enum Kind { MOVED, NEWLY_PLACED, NO_LONGER_PLACED }

  /** Why: a message code {@code plan.change.why.<code>} with its arguments. */
  enum Why { DECIDED, REJECTED, TAKEN_BY_DECISION, MORE_PLACED, GOALS, SEE_UNPLACED }

  record Reason(Why why, List<String> args) {
  }

  record ProposalChange(String client, String before, String after, Kind kind, List<Reason> reasons) {
  }

  /** Statuses that are an officer's decision on a dwelling (kept in every later plan). */
  private static final Set<String> DECIDED = Set.of("ACCEPTED", "CHANGED", "OFFERED", "SIGNED");

  private ReplanChanges() {
  }

  static List<ProposalChange> between(List<PlanStore.StoredMatch> previous, int previousPlaced,
      List<PlanStore.StoredMatch> current, int currentPlaced, List<Match> rejected) {
    Map<String, PlanStore.StoredMatch> before = byClient(previous);
    Map<String, PlanStore.StoredMatch> after = byClient(current);
    Map<String, PlanStore.StoredMatch> decidedByUnit = new HashMap<>();
    current.stream().filter(m -> DECIDED.contains(m.status())).forEach(m -> decidedByUnit.put(m.unit(), m));
    Set<Match> rejectedPairs = Set.copyOf(rejected);
    Set<String> clients = new LinkedHashSet<>(before.keySet());
    clients.addAll(after.keySet());
    List<ProposalChange> changes = new ArrayList<>();
    for (String client : clients) {
      PlanStore.StoredMatch was = before.get(client);
      PlanStore.StoredMatch is = after.get(client);
      if (was != null && is != null && was.unit().equals(is.unit())) {
        continue;
      }
      Kind kind = was == null ? Kind.NEWLY_PLACED : is == null ? Kind.NO_LONGER_PLACED : Kind.MOVED;
      List<Reason> reasons = new ArrayList<>();
      if (is != null && DECIDED.contains(is.status())) {
        reasons.add(new Reason(Why.DECIDED, List.of(is.unit())));
      }
      if (was != null && rejectedPairs.contains(new Match(client, was.unit()))) {
        reasons.add(new Reason(Why.REJECTED, List.of(was.unit())));
      }
      PlanStore.StoredMatch holder = was == null ? null : decidedByUnit.get(was.unit());
      if (holder != null && !holder.client().equals(client)) {
        reasons.add(new Reason(Why.TAKEN_BY_DECISION, List.of(was.unit(), holder.client())));
      }
      if (reasons.isEmpty()) {
        reasons.addAll(planReasons(kind, previousPlaced, currentPlaced));
      }
      changes.add(new ProposalChange(client, was == null ? null : was.unit(), is == null ? null : is.unit(), kind,
          reasons));
    }
    return changes;
  }

  /**
   * Without a reason of its own, what the plans as a whole say: the replan starts from the earlier
   * proposals and ends with a plan scoring at least as well, each move charged; so a change is
   * for more clients placed, or, placing as many, for the policy's goals.
   */
  private static List<Reason> planReasons(Kind kind, int previousPlaced, int currentPlaced) {
    List<Reason> reasons = new ArrayList<>();
    if (currentPlaced > previousPlaced) {
      reasons.add(new Reason(Why.MORE_PLACED, List.of(Integer.toString(currentPlaced), Integer.toString(previousPlaced))));
    } else if (currentPlaced == previousPlaced) {
      reasons.add(new Reason(Why.GOALS, List.of()));
    }
    if (kind == Kind.NO_LONGER_PLACED) {
      reasons.add(new Reason(Why.SEE_UNPLACED, List.of()));
    }
    return reasons;
  }

  private static Map<String, PlanStore.StoredMatch> byClient(List<PlanStore.StoredMatch> matches) {
    Map<String, PlanStore.StoredMatch> byClient = new HashMap<>();
    matches.forEach(m -> byClient.put(m.client(), m));
    return byClient;
  }
}
