package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Small-cell suppression for policymakers (domain brief: no household may be singled out):
 * a count of households below {@value #MIN} shows as "&lt;10", and a change is shown only when
 * both counts it is the difference of are shown, else as "*". So is a mean difference over the
 * replications: only when both mean counts it is the difference of are {@value #MIN} or more.
 */
final class SmallCells {

  static final int MIN = 10;
  static final String SMALL = "<10";
  static final String HIDDEN_CHANGE = "*";

  private SmallCells() {
  }

  /** The counts of households per buurt in a {@code veerkracht-simulation/1} result. */
  private static final List<String> BUURT_COUNTS = List.of("lettings", "urgentLettings",
      "art9Lettings", "vulnerableLettings", "clientsPlaced", "neighbourVulnerableLettings");

  /**
   * The result as a policymaker may see it over REST: every per-buurt count from 1 to 9 becomes
   * null and is named in the buurt's {@code suppressed}; a waterbed resting on a suppressed
   * neighbour count is withheld too. Totals over the city stay as they are.
   */
  static ObjectNode suppressed(ObjectNode result) {
    ObjectNode shown = result.deepCopy();
    shown.path("variants").forEach(variant -> variant.path("buurten").forEach(node -> {
      ObjectNode buurt = (ObjectNode) node;
      ArrayNode hidden = buurt.putArray("suppressed");
      for (String field : BUURT_COUNTS) {
        int value = buurt.path(field).asInt(0);
        if (value > 0 && value < MIN) {
          buurt.putNull(field);
          hidden.add(field);
        }
      }
      if (buurt.get("neighbourVulnerableLettings").isNull() && !buurt.path("waterbed").isNull()) {
        buurt.putNull("waterbed");
        hidden.add("waterbed");
      }
      if (buurt.path("difference").isObject() && !shown(buurt.get("difference"))) {
        buurt.putNull("difference");
        hidden.add("difference");
      }
    }));
    return shown;
  }

  /** A count as a policymaker may see it: the count, or null when it is below {@value #MIN}. */
  static Integer count(int households) {
    return households < MIN ? null : households;
  }

  /** A change against the baseline as a policymaker may see it: null when either count is below {@value #MIN}. */
  static Integer change(int variant, int baseline) {
    return shown(variant, baseline) ? variant - baseline : null;
  }

  static boolean shown(int variant, int baseline) {
    return variant >= MIN && baseline >= MIN;
  }

  /**
   * Whether a mean difference over the replications may be shown: both its mean counts are
   * {@value #MIN} or more. A result stored before the means were recorded has none: not shown.
   */
  static boolean shown(JsonNode difference) {
    return difference.has("baselineMean") && difference.has("variantMean")
        && difference.get("variantMean").asDouble() >= MIN && difference.get("baselineMean").asDouble() >= MIN;
  }
}
