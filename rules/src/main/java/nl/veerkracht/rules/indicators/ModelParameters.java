package nl.veerkracht.rules.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;

/**
 * The indicator model's parameters, every one named, with a default and a reason (see
 * docs/indicators.md). A policy overrides them in {@code policy.model.indicators}; unknown
 * names and values out of range are invalid input.
 *
 * @param socialAssistanceWeight weight of the social assistance (bijstand) share in the index
 * @param lvbWeight weight of the LVB share
 * @param psychiatryWeight weight of the psychiatry share
 * @param refugeeOriginWeight weight of the refugee-origin share
 * @param risingThreshold index points over the period above which the vulnerable population "rises"
 * @param worseningThreshold score points over the period by which nuisance must worsen to count as worsening
 * @param highNuisanceThreshold score points below the city above which nuisance is "high"
 * @param dwellingsPerPlacement dwellings per household needing extra attention that a street at city level takes a year
 * @param indexSpan index points above 100 at which the index factor reaches zero
 * @param risingSpan index points of rise at which the trend factor reaches zero
 * @param nuisanceSpan score points below the city at which the nuisance factor reaches zero
 * @param worseningSpan score points of worsening at which the nuisance trend factor reaches zero
 * @param unknownFactor factor applied when an area's indicators are unknown or suppressed
 * @param minObservations fewest observations behind a share before it is shown
 * @param minIncomeObservations fewest observations behind an income share before it is shown
 * @param nuisanceReference the city's own published nuisance score in the first year, the reference of the nuisance level
 * @param changeSpreads how many spreads of the buurten's changes a change must exceed to count as rising or worsening
 * @param closingIndex the index from which the worst typology closes a street (where vulnerability is concentrated)
 */
public record ModelParameters(
    double socialAssistanceWeight,
    double lvbWeight,
    double psychiatryWeight,
    double refugeeOriginWeight,
    double risingThreshold,
    double worseningThreshold,
    double highNuisanceThreshold,
    double dwellingsPerPlacement,
    double indexSpan,
    double risingSpan,
    double nuisanceSpan,
    double worseningSpan,
    double unknownFactor,
    int minObservations,
    int minIncomeObservations,
    double nuisanceReference,
    double changeSpreads,
    double closingIndex) {

  public static final ModelParameters DEFAULTS = new ModelParameters(1, 1, 1, 1, 2.0, 2.0, 0.0, 40, 100, 20, 40, 20,
      0.5, 10, 100, 100, 1.0, 100);

  /** The defaults with the overrides of {@code policy.model.indicators} (null = none). */
  public static ModelParameters of(JsonNode overrides) {
    if (overrides == null || overrides.isNull() || overrides.isEmpty()) {
      return DEFAULTS;
    }
    Map<String, Double> values = new LinkedHashMap<>(defaults());
    List<Problem> problems = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = "policy.model.indicators." + field.getKey();
      if (!values.containsKey(field.getKey())) {
        problems.add(Problem.coded(path, "unknownField"));
      } else if (!field.getValue().isNumber() || field.getValue().doubleValue() < 0) {
        problems.add(Problem.coded(path, "mustBe.number", " >= 0"));
      } else {
        values.put(field.getKey(), field.getValue().doubleValue());
      }
    }
    for (String positive : List.of("dwellingsPerPlacement", "indexSpan", "risingSpan", "nuisanceSpan", "worseningSpan")) {
      if (values.get(positive) <= 0) {
        problems.add(Problem.coded("policy.model.indicators." + positive, "mustBe.number", " > 0"));
      }
    }
    if (values.get("unknownFactor") > 1) {
      problems.add(Problem.coded("policy.model.indicators.unknownFactor", "mustBe.number", " in [0, 1]"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ModelParameters(values.get("socialAssistanceWeight"), values.get("lvbWeight"),
        values.get("psychiatryWeight"), values.get("refugeeOriginWeight"), values.get("risingThreshold"),
        values.get("worseningThreshold"), values.get("highNuisanceThreshold"), values.get("dwellingsPerPlacement"),
        values.get("indexSpan"), values.get("risingSpan"), values.get("nuisanceSpan"), values.get("worseningSpan"),
        values.get("unknownFactor"), (int) Math.round(values.get("minObservations")),
        (int) Math.round(values.get("minIncomeObservations")), values.get("nuisanceReference"),
        values.get("changeSpreads"), values.get("closingIndex"));
  }

  private static Map<String, Double> defaults() {
    ModelParameters d = DEFAULTS;
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("socialAssistanceWeight", d.socialAssistanceWeight);
    values.put("lvbWeight", d.lvbWeight);
    values.put("psychiatryWeight", d.psychiatryWeight);
    values.put("refugeeOriginWeight", d.refugeeOriginWeight);
    values.put("risingThreshold", d.risingThreshold);
    values.put("worseningThreshold", d.worseningThreshold);
    values.put("highNuisanceThreshold", d.highNuisanceThreshold);
    values.put("dwellingsPerPlacement", d.dwellingsPerPlacement);
    values.put("indexSpan", d.indexSpan);
    values.put("risingSpan", d.risingSpan);
    values.put("nuisanceSpan", d.nuisanceSpan);
    values.put("worseningSpan", d.worseningSpan);
    values.put("unknownFactor", d.unknownFactor);
    values.put("minObservations", (double) d.minObservations);
    values.put("minIncomeObservations", (double) d.minIncomeObservations);
    values.put("nuisanceReference", d.nuisanceReference);
    values.put("changeSpreads", d.changeSpreads);
    values.put("closingIndex", d.closingIndex);
    return values;
  }
}
