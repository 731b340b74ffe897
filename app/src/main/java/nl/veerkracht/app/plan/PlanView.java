package nl.veerkracht.app.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import nl.veerkracht.planner.PlacedBy;
import nl.veerkracht.planner.PlanProgress;
import nl.veerkracht.planner.PlanResult;

/**
 * A plan as {@code GET /api/v1/plans/{id}} returns it: its id, status and solving time, while
 * solving its progress (construction included) and an estimate of the seconds left, and once
 * DONE the {@code veerkracht-plan/1} fields, every assignment with its {@code matchId} and
 * review {@code status}, and {@code placedBy}: the clients placed per support level and client
 * group, counting the matches still live (not rejected or withdrawn).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "status", "dataset", "previous", "error", "seconds", "progress", "secondsLeft", "format",
    "policy", "score", "placed", "placedBy", "assignments", "unassigned", "streets"})
public record PlanView(
    String id,
    PlanStatus status,
    String dataset,
    String previous,
    String error,
    int seconds,
    PlanProgress progress,
    Integer secondsLeft,
    String format,
    PlanResult.PolicyRef policy,
    String score,
    Integer placed,
    PlacedBy placedBy,
    List<MatchView> assignments,
    List<UnassignedView> unassigned,
    List<PlanResult.StreetUse> streets) {

  /** An assignment with its place in the review, its explanation and alternatives in the reader's language. */
  @JsonPropertyOrder({"matchId", "client", "unit", "street", "status", "reason", "decidedBy", "decidedAt",
      "explanation", "alternatives", "version"})
  public record MatchView(String matchId, String client, String unit, String street, String status, String reason,
      String decidedBy, String decidedAt, List<String> explanation, List<PlanTexts.RenderedAlternative> alternatives,
      int version) {

    static MatchView of(PlanStore.StoredMatch match, PlanTexts texts, Locale locale) {
      return new MatchView(match.matchId(), match.client(), match.unit(), match.street(), match.status(),
          match.reason(), match.decidedBy(), match.decidedAt(), texts.render(match.explanation(), locale),
          match.alternatives().stream().map(a -> texts.render(a, locale)).toList(), match.version());
    }
  }

  /** A client the plan leaves out, and why, in the reader's language. */
  public record UnassignedView(String client, List<String> reasons) {
  }
}
