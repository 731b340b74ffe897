package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision on one vacancy, as {@code veerkracht-evaluation/1} writes it; {@code trace}
 * (an extension of the format) holds the rules that decided on the vacancy itself: its place
 * in an art. 9 share sequence and the urgent quota.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"unit", "publishedOn", "art9Vacancy", "urgentPrioritySuspended", "winner", "winnerGroup",
    "candidates", "trace"})
public record VacancyDecision(String unit, LocalDate publishedOn, boolean art9Vacancy, boolean urgentPrioritySuspended,
    String winner, Group winnerGroup, List<CandidateResult> candidates, List<TraceEntry> trace) {
}
