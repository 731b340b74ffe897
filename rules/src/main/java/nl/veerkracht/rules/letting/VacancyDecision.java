package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The decision on one vacancy, as {@code veerkracht-evaluation/1} writes it; {@code trace}
 * (an extension of the format) holds the rules that decided on the vacancy itself: its place
 * in an art. 9 share sequence and the urgent quota. {@code provisional}: the winner still has a
 * step pending (its woonverklaring under art. 10), so the letting is provisional and no permit
 * can rest on it until that is done; rendered, {@code provisionalReason} says why.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"unit", "publishedOn", "art9Vacancy", "urgentPrioritySuspended", "winner", "winnerGroup",
    "provisional", "provisionalReason", "candidates", "trace"})
public record VacancyDecision(String unit, LocalDate publishedOn, boolean art9Vacancy, boolean urgentPrioritySuspended,
    String winner, Group winnerGroup, boolean provisional,
    @JsonInclude(JsonInclude.Include.NON_NULL) String provisionalReason, List<CandidateResult> candidates,
    List<TraceEntry> trace) {

  /** This decision with every trace entry passed through {@code render}, and the reason of a provisional letting. */
  VacancyDecision rendered(UnaryOperator<TraceEntry> render) {
    List<CandidateResult> shown = candidates.stream().map(candidate -> candidate.withTrace(
        candidate.trace().stream().map(render).toList())).toList();
    String reason = !provisional ? null : shown.get(0).trace().stream()
        .filter(entry -> "PENDING".equals(entry.outcome())).map(TraceEntry::detail).findFirst().orElse(null);
    return new VacancyDecision(unit, publishedOn, art9Vacancy, urgentPrioritySuspended, winner, winnerGroup,
        provisional, reason, shown, trace.stream().map(render).toList());
  }
}
