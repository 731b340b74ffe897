package nl.veerkracht.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Share;

/**
 * The dated legal thresholds: the {@code parameters.json} of the current rule base version,
 * optionally overridden by a policy's {@code years}, merged field by field at every level. A
 * year that is not complete after merging is unknown. The parameters belong to the version that
 * decides with them, so a new year's parameters make a new version, never a changed old one.
 */
public final class LegalParameters {

  /** The rule base version new decisions use; its folder holds the parameters it decides with. */
  public static final String CURRENT_VERSION = "2026.4";

  /** The folder of the rule base versions on the class path. */
  public static final String BASE = "nl/veerkracht/rules/base/";

  /** The parameters' file name in a version's folder. */
  public static final String FILE = "parameters.json";

  /** The current version's parameters, as a class path resource. */
  public static final String RESOURCE = "/" + BASE + CURRENT_VERSION + "/" + FILE;

  private static final LegalParameters BUNDLED = fromResource(RESOURCE);

  private final JsonNode years;

  private LegalParameters(JsonNode document) {
    this.years = document.path("years");
  }

  public static LegalParameters bundled() {
    return BUNDLED;
  }

  /** The bundled {@code years} object (do not modify). */
  static JsonNode bundledYears() {
    return BUNDLED.years;
  }

  /** Parameters from a document shaped like {@code parameters.json}. */
  public static LegalParameters of(JsonNode document) {
    return new LegalParameters(document);
  }

  /** The parameters of a year without policy overrides. */
  public Optional<YearParameters> forYear(int year) {
    return forYear(year, null);
  }

  /**
   * The parameters of a year with a policy's {@code years} object (keys are years, may be null)
   * merged over them; empty when the year is unknown or incomplete.
   */
  public Optional<YearParameters> forYear(int year, JsonNode policyYearsOverride) {
    String key = String.valueOf(year);
    JsonNode override = policyYearsOverride == null ? null : policyYearsOverride.get(key);
    JsonNode merged = merge(years.get(key), override);
    try {
      return Optional.of(toYearParameters(year, merged));
    } catch (IncompleteYear e) {
      return Optional.empty();
    }
  }

  /** Deep merge: objects field by field, anything else replaced by the override. */
  static JsonNode merge(JsonNode base, JsonNode override) {
    if (override == null || override.isNull()) {
      return base;
    }
    if (base == null || !base.isObject() || !override.isObject()) {
      return override;
    }
    ObjectNode merged = base.deepCopy();
    override.fields().forEachRemaining(field -> merged.set(field.getKey(), merge(base.get(field.getKey()), field.getValue())));
    return merged;
  }

  private static YearParameters toYearParameters(int year, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IncompleteYear();
    }
    return new YearParameters(
        year,
        limits(node.get("passendIncomeLimit"), List.of(HouseholdType.values())),
        amount(node.get("aftoppingsgrensLaag")),
        amount(node.get("aftoppingsgrensHoog")),
        amount(node.get("kwaliteitskortingsgrens")),
        amount(node.get("daebRentLimit")),
        limits(node.get("daebIncomeLimit"), List.of(HouseholdType.SINGLE, HouseholdType.MULTI)),
        share(node.get("daebFreeShare")),
        share(node.get("passendExceptionShare")));
  }

  private static Map<HouseholdType, BigDecimal> limits(JsonNode node, List<HouseholdType> types) {
    Map<HouseholdType, BigDecimal> limits = new EnumMap<>(HouseholdType.class);
    for (HouseholdType type : types) {
      limits.put(type, amount(node == null ? null : node.get(type.name())));
    }
    return limits;
  }

  private static BigDecimal amount(JsonNode node) {
    if (node == null || !node.isNumber()) {
      throw new IncompleteYear();
    }
    return node.decimalValue();
  }

  private static Share share(JsonNode node) {
    if (node != null && node.isNumber()) {
      return Share.ofDecimal(node.decimalValue());
    }
    if (node != null && node.isTextual()) {
      return Share.parseFraction(node.asText());
    }
    throw new IncompleteYear();
  }

  private static LegalParameters fromResource(String resource) {
    try (InputStream in = LegalParameters.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new LegalParameters(ScenarioJson.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signals a missing field while a year is built; never leaves this class. */
  private static final class IncompleteYear extends RuntimeException {
    IncompleteYear() {
      super(null, null, false, false);
    }
  }
}
