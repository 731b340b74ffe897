package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code veerkracht-simulation/1}. The fields of the specification come first; the others are
 * extensions documented in docs/simulation.md.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"format", "seed", "months", "startDate", "endDate", "vacanciesPerYear", "directOffersPerYear",
    "plannerSteps", "rules", "commonDraws", "variants"})
public record SimulationResult(
    long seed,
    int months,
    LocalDate startDate,
    LocalDate endDate,
    int vacanciesPerYear,
    int directOffersPerYear,
    long plannerSteps,
    RulesRef rules,
    CommonDrawsSummary commonDraws,
    List<VariantOutcome> variants) {

  public static final String FORMAT = "veerkracht-simulation/1";

  @JsonProperty("format")
  public String format() {
    return FORMAT;
  }

  public record RulesRef(String version, String hash) {
  }

  /** What every variant shared: counts and a hash of the drawn vacancies, responses and direct offers. */
  @JsonPropertyOrder({"vacancies", "responses", "directOffers", "hash"})
  public record CommonDrawsSummary(int vacancies, int responses, int directOffers, String hash) {
  }

  public record PolicyRef(String name, String hash) {
  }

  /** A year without parameters that the run gave the parameters of an earlier year. */
  @JsonPropertyOrder({"year", "from"})
  public record CarriedYear(int year, int from) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"policy", "carriedForwardYears", "totals", "buurten"})
  public record VariantOutcome(PolicyRef policy, List<CarriedYear> carriedForwardYears, Totals totals,
      List<BuurtOutcome> buurten) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"vacancies", "lettings", "lettingsByGroup", "refusalsByRule", "passendShare", "daebTargetShare",
      "clientsPlaced", "clientsUnplaced", "medianWaitMonthsByGroup", "vulnerableLettings", "directOffers",
      "rentSteeredVacancies"})
  public record Totals(
      int vacancies,
      int lettings,
      Map<String, Integer> lettingsByGroup,
      Map<String, Integer> refusalsByRule,
      Double passendShare,
      Double daebTargetShare,
      int clientsPlaced,
      int clientsUnplaced,
      Map<String, Double> medianWaitMonthsByGroup,
      int vulnerableLettings,
      int directOffers,
      int rentSteeredVacancies) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"buurt", "name", "lettings", "urgentLettings", "art9Lettings", "vulnerableLettings",
      "clientsPlaced", "projectedIndexChange", "waterbed", "vacancies", "neighbourVulnerableLettings"})
  public record BuurtOutcome(
      String buurt,
      String name,
      int lettings,
      int urgentLettings,
      int art9Lettings,
      int vulnerableLettings,
      int clientsPlaced,
      Double projectedIndexChange,
      Integer waterbed,
      int vacancies,
      int neighbourVulnerableLettings) {
  }
}
