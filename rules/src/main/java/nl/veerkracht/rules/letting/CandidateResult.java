package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A respondent's outcome on a vacancy, as {@code veerkracht-evaluation/1} writes it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"seeker", "status", "rank", "group", "refusedBy", "trace"})
public record CandidateResult(String seeker, Status status, Integer rank, Group group, List<String> refusedBy,
    List<TraceEntry> trace) {

  CandidateResult withTrace(List<TraceEntry> newTrace) {
    return new CandidateResult(seeker, status, rank, group, refusedBy, newTrace);
  }
}
