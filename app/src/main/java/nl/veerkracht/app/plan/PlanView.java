package nl.veerkracht.app.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.veerkracht.planner.PlanProgress;
import nl.veerkracht.planner.PlanResult;

/**
 * A plan as {@code GET /api/v1/plans/{id}} returns it: its id and status, progress while
 * solving, and once DONE the {@code veerkracht-plan/1} fields, every assignment with its
 * {@code matchId} and review {@code status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "status", "dataset", "previous", "error", "progress", "format", "policy", "score", "placed",
    "assignments", "unassigned", "streets"})
public record PlanView(
    String id,
    PlanStatus status,
    String dataset,
    String previous,
    String error,
    PlanProgress progress,
    String format,
    PlanResult.PolicyRef policy,
    String score,
    Integer placed,
    List<MatchView> assignments,
    List<PlanResult.Unassigned> unassigned,
    List<PlanResult.StreetUse> streets) {

  /** An assignment with its place in the review. */
  @JsonPropertyOrder({"matchId", "client", "unit", "street", "status", "reason", "decidedBy", "decidedAt",
      "explanation", "version"})
  public record MatchView(String matchId, String client, String unit, String street, String status, String reason,
      String decidedBy, String decidedAt, List<String> explanation, int version) {
  }
}
