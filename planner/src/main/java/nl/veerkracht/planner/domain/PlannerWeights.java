package nl.veerkracht.planner.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The soft weights of the planner, from {@code policy.model.planner} (docs/planner.md). Each
 * policy field weighs the soft constraint of the same name; absent fields keep their default.
 */
@ConstraintConfiguration
public class PlannerWeights {

  public static final String WAITING_TIME = "Waiting time";
  public static final String PREFERRED_BUURT = "Preferred buurt";
  public static final String CARE_PROVIDER_NEARBY = "Care provider nearby";
  public static final String SPREAD_OVER_STREETS = "Spread over streets";
  public static final String RISING_CONCENTRATION = "Rising concentration";
  public static final String KEEP_PROPOSALS = "Keep earlier proposals";

  /** The policy field of each soft constraint, with its default weight, in the order of the docs. */
  public static final Map<String, Long> DEFAULTS = defaults();

  private static Map<String, Long> defaults() {
    Map<String, Long> weights = new LinkedHashMap<>();
    weights.put("waitingTime", 1L);
    weights.put("preferredBuurt", 180L);
    weights.put("careProviderNearby", 120L);
    weights.put("spreadOverStreets", 20L);
    weights.put("risingConcentration", 60L);
    weights.put("keepProposals", 360L);
    return java.util.Collections.unmodifiableMap(weights);
  }

  @ConstraintWeight(WAITING_TIME)
  private HardMediumSoftLongScore waitingTime;
  @ConstraintWeight(PREFERRED_BUURT)
  private HardMediumSoftLongScore preferredBuurt;
  @ConstraintWeight(CARE_PROVIDER_NEARBY)
  private HardMediumSoftLongScore careProviderNearby;
  @ConstraintWeight(SPREAD_OVER_STREETS)
  private HardMediumSoftLongScore spreadOverStreets;
  @ConstraintWeight(RISING_CONCENTRATION)
  private HardMediumSoftLongScore risingConcentration;
  @ConstraintWeight(KEEP_PROPOSALS)
  private HardMediumSoftLongScore keepProposals;

  public PlannerWeights() {
    this(DEFAULTS);
  }

  private PlannerWeights(Map<String, Long> weights) {
    waitingTime = HardMediumSoftLongScore.ofSoft(weights.get("waitingTime"));
    preferredBuurt = HardMediumSoftLongScore.ofSoft(weights.get("preferredBuurt"));
    careProviderNearby = HardMediumSoftLongScore.ofSoft(weights.get("careProviderNearby"));
    spreadOverStreets = HardMediumSoftLongScore.ofSoft(weights.get("spreadOverStreets"));
    risingConcentration = HardMediumSoftLongScore.ofSoft(weights.get("risingConcentration"));
    keepProposals = HardMediumSoftLongScore.ofSoft(weights.get("keepProposals"));
  }

  /** The defaults with the overrides of {@code policy.model.planner} (null = none); invalid values are invalid input. */
  public static PlannerWeights of(JsonNode overrides) {
    Map<String, Long> weights = new LinkedHashMap<>(DEFAULTS);
    List<Problem> problems = new ArrayList<>();
    if (overrides != null && !overrides.isNull()) {
      overrides.fields().forEachRemaining(field -> {
        String path = "policy.model.planner." + field.getKey();
        if (!weights.containsKey(field.getKey())) {
          problems.add(Problem.coded(path, "unknownField"));
        } else if (!field.getValue().canConvertToLong() || !field.getValue().isIntegralNumber()
            || field.getValue().longValue() < 0) {
          problems.add(Problem.coded(path, "mustBe.integer", " >= 0"));
        } else {
          weights.put(field.getKey(), field.getValue().longValue());
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PlannerWeights(weights);
  }
}
