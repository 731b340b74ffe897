package nl.veerkracht.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code veerkracht-simulation/1}. The fields of the specification come first; the others are
 * extensions documented in docs/simulation.md.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"format", "seed", "months", "startDate", "endDate", "vacanciesPerYear", "directOffersPerYear",
    "plannerSteps", "replications", "rules", "commonDraws", "variants"})
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
    List<VariantOutcome> variants,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer replications) {

  public static final String FORMAT = "veerkracht-simulation/1";
  /** The rules whose refusals {@code totals.refusalsByRule} counts, in output order. */
  public static final List<String> REFUSING_RULES = List.of("WBMGP-8", "WBMGP-10", "PASSEND", "DAEB");

  @JsonProperty("format")
  public String format() {
    return FORMAT;
  }

  public record RulesRef(String version, String hash) {
  }

  /** This result with its later variants replaced, run on so many seeds (the first is this one's). */
  SimulationResult withReplications(int count, List<VariantOutcome> replaced) {
    return new SimulationResult(seed, months, startDate, endDate, vacanciesPerYear, directOffersPerYear, plannerSteps,
        rules, commonDraws, replaced, count);
  }

  /**
   * A buurt's difference in {@code vulnerableLettings} against the first variant over the
   * replications: the mean and its 95 % interval (Student's t with n − 1 degrees of freedom), and
   * the mean counts it is the difference of (a reader who may not see small counts may not see a
   * difference of small counts either).
   */
  @JsonPropertyOrder({"mean", "low", "high", "baselineMean", "variantMean"})
  public record Difference(double mean, double low, double high, double baselineMean, double variantMean) {

    /** Two-sided 97.5 % quantiles of Student's t for 1 to 20 degrees of freedom. */
    private static final double[] T = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
        2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086};

    /** The difference of the variant's counts from the baseline's, replication by replication. */
    static Difference of(int[] baseline, int[] variant) {
      int n = baseline.length;
      double[] differences = new double[n];
      for (int r = 0; r < n; r++) {
        differences[r] = variant[r] - baseline[r];
      }
      double mean = mean(differences);
      double squares = 0;
      for (double d : differences) {
        squares += (d - mean) * (d - mean);
      }
      double half = T[Math.min(n - 1, T.length) - 1] * Math.sqrt(squares / (n - 1) / n);
      return new Difference(round(mean), round(mean - half), round(mean + half),
          round(Arrays.stream(baseline).average().orElseThrow()), round(Arrays.stream(variant).average().orElseThrow()));
    }

    private static double mean(double[] values) {
      double mean = 0;
      for (double value : values) {
        mean += value / values.length;
      }
      return mean;
    }

    /** The interval leaves out zero: a difference the replications agree on. */
    public boolean beyondInterval() {
      return low > 0 || high < 0;
    }

    private static double round(double value) {
      double rounded = Math.round(value * 100) / 100.0;
      return rounded == 0 ? 0 : rounded;
    }
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
      "clientsPlaced", "projectedIndexChange", "waterbed", "difference", "vacancies", "neighbourVulnerableLettings"})
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
      @JsonInclude(JsonInclude.Include.NON_NULL) Difference difference,
      int vacancies,
      int neighbourVulnerableLettings) {

    BuurtOutcome withDifference(Difference replicated) {
      return new BuurtOutcome(buurt, name, lettings, urgentLettings, art9Lettings, vulnerableLettings, clientsPlaced,
          projectedIndexChange, waterbed, replicated, vacancies, neighbourVulnerableLettings);
    }
  }
}
