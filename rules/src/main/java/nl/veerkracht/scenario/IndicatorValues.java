package nl.veerkracht.scenario;

import java.math.BigDecimal;

/** Indicator values of one area in one year; every field is optional. */
public record IndicatorValues(
    BigDecimal lowestIncomeShare,
    BigDecimal socialAssistanceShare,
    BigDecimal refugeeOriginShare,
    BigDecimal lvbShare,
    BigDecimal psychiatryShare,
    BigDecimal chronicConditionsShare,
    BigDecimal corporationShare,
    BigDecimal nuisanceScore,
    Integer observations) {
}
