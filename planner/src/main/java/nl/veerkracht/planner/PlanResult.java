package nl.veerkracht.planner;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A plan in the {@code veerkracht-plan/1} format of the interface specification; {@code
 * placedBy} (the clients placed per support level and client group) and the assignments'
 * {@code alternatives} are the project's extensions.
 */
@JsonPropertyOrder({"format", "policy", "score", "placed", "placedBy", "assignments", "unassigned", "streets"})
public record PlanResult(
    String format,
    PolicyRef policy,
    String score,
    int placed,
    PlacedBy placedBy,
    List<Assignment> assignments,
    List<Unassigned> unassigned,
    List<StreetUse> streets) {

  public static final String FORMAT = "veerkracht-plan/1";

  public record PolicyRef(String name, String hash) {
  }

  /**
   * A client placed on a unit; why this unit (what the rules, the street's room and the policy's
   * goals say); and the next-best dwellings for the client, best first, each with what would change.
   */
  public record Assignment(String client, String unit, String street, List<Statement> explanation,
      List<Alternative> alternatives) {
  }

  /** Another dwelling the client could have in this plan, ranked by the solver's own score, and what would change. */
  public record Alternative(String unit, String street, List<Statement> change) {
  }

  /** A client the plan does not place, and why not: statements the plan's facts were checked for. */
  public record Unassigned(String client, List<Statement> reasons) {
  }

  /** A street with direct offers: its capacity and how much of it the plan uses. */
  public record StreetUse(String street, int capacity, int used) {
  }
}
