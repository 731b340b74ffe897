package nl.veerkracht.planner.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.SupportLevel;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The soft weights of the planner, from {@code policy.model.planner} (docs/planner.md). Each
 * policy field weighs the soft constraint of the same name; absent fields keep their default.
 * {@code placementWeight} is not a soft weight: per support level, what placing one client of
 * that level is worth on the medium level (1 each by default: the number of clients placed).
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

  /** The policy field of the placement weights, an object by support level. */
  public static final String PLACEMENT_WEIGHT = "placementWeight";
  public static final long MAX_PLACEMENT_WEIGHT = 100;

  /** Per support level, what placing one client is worth on the medium level. */
  private Map<SupportLevel, Long> placementWeights;

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
    this(DEFAULTS, defaultPlacementWeights());
  }

  private PlannerWeights(Map<String, Long> weights, Map<SupportLevel, Long> placementWeights) {
    this.placementWeights = placementWeights;
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
    Map<SupportLevel, Long> placementWeights = defaultPlacementWeights();
    List<Problem> problems = new ArrayList<>();
    if (overrides != null && !overrides.isNull()) {
      overrides.fields().forEachRemaining(field -> {
        String path = "policy.model.planner." + field.getKey();
        if (field.getKey().equals(PLACEMENT_WEIGHT)) {
          readPlacementWeights(field.getValue(), path, placementWeights, problems);
        } else if (!weights.containsKey(field.getKey())) {
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
    return new PlannerWeights(weights, placementWeights);
  }

  /** What placing one client of this support level is worth on the medium level. */
  public long placementWeight(SupportLevel support) {
    return placementWeights.get(support);
  }

  private static Map<SupportLevel, Long> defaultPlacementWeights() {
    Map<SupportLevel, Long> weights = new EnumMap<>(SupportLevel.class);
    for (SupportLevel level : SupportLevel.values()) {
      weights.put(level, 1L);
    }
    return weights;
  }

  /** {@code {"INTENSIVE": 3}}: support levels by name, each an integer from 1 to 100; absent levels keep 1. */
  private static void readPlacementWeights(JsonNode value, String path, Map<SupportLevel, Long> weights,
      List<Problem> problems) {
    if (!value.isObject()) {
      problems.add(Problem.coded(path, "mustBe.object"));
      return;
    }
    value.fields().forEachRemaining(level -> {
      String levelPath = path + "." + level.getKey();
      SupportLevel support = supportLevel(level.getKey());
      JsonNode weight = level.getValue();
      if (support == null) {
        problems.add(Problem.coded(levelPath, "unknownField"));
      } else if (!weight.isIntegralNumber() || !weight.canConvertToLong() || weight.longValue() < 1
          || weight.longValue() > MAX_PLACEMENT_WEIGHT) {
        problems.add(Problem.coded(levelPath, "integerFromTo", "1", Long.toString(MAX_PLACEMENT_WEIGHT)));
      } else {
        weights.put(support, weight.longValue());
      }
    });
  }

  private static SupportLevel supportLevel(String name) {
    for (SupportLevel level : SupportLevel.values()) {
      if (level.name().equals(name)) {
        return level;
      }
    }
    return null;
  }
}
