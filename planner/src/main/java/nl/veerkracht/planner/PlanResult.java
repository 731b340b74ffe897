package nl.veerkracht.planner;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A plan in the {@code veerkracht-plan/1} format of the interface specification. */
@JsonPropertyOrder({"format", "policy", "score", "placed", "assignments", "unassigned", "streets"})
public record PlanResult(
    String format,
    PolicyRef policy,
    String score,
    int placed,
    List<Assignment> assignments,
    List<Unassigned> unassigned,
    List<StreetUse> streets) {

  public static final String FORMAT = "veerkracht-plan/1";

  public record PolicyRef(String name, String hash) {
  }

  /** A client placed on a unit, and why this unit: the constraints it meets and the soft score it earns. */
  public record Assignment(String client, String unit, String street, List<String> explanation) {
  }

  /** A client the plan does not place, and why not. */
  public record Unassigned(String client, List<String> reasons) {
  }

  /** A street with direct offers: its capacity and how much of it the plan uses. */
  public record StreetUse(String street, int capacity, int used) {
  }
}
