package nl.veerkracht.rules;

import java.math.BigDecimal;
import java.util.Map;
import nl.veerkracht.scenario.Share;

/**
 * The legal thresholds of one calendar year (see {@code parameters.json}). Rents are monthly,
 * incomes yearly, all in euro. {@code daebIncomeLimit} has the keys SINGLE and MULTI only.
 */
public record YearParameters(
    int year,
    Map<HouseholdType, BigDecimal> passendIncomeLimit,
    BigDecimal aftoppingsgrensLaag,
    BigDecimal aftoppingsgrensHoog,
    BigDecimal kwaliteitskortingsgrens,
    BigDecimal daebRentLimit,
    Map<HouseholdType, BigDecimal> daebIncomeLimit,
    Share daebFreeShare,
    Share passendExceptionShare) {

  public YearParameters {
    passendIncomeLimit = Map.copyOf(passendIncomeLimit);
    daebIncomeLimit = Map.copyOf(daebIncomeLimit);
  }

  public BigDecimal passendIncomeLimitFor(int householdSize, boolean aowAge) {
    return passendIncomeLimit.get(HouseholdType.of(householdSize, aowAge));
  }

  /** The laag limit for households of one or two persons, the hoog one for three or more. */
  public BigDecimal aftoppingsgrensFor(int householdSize) {
    return householdSize <= 2 ? aftoppingsgrensLaag : aftoppingsgrensHoog;
  }

  public BigDecimal daebIncomeLimitFor(int householdSize) {
    return daebIncomeLimit.get(householdSize == 1 ? HouseholdType.SINGLE : HouseholdType.MULTI);
  }
}
