package nl.veerkracht.rules.indicators;

import java.math.BigDecimal;

/**
 * One step of a street's capacity: which factor, the value it looked at, and its effect (a
 * multiplier for the factors, a number of households for BASE and RECENT_PLACEMENTS).
 *
 * <p>Factors: {@code BASE} (dwellings / dwellingsPerPlacement), {@code INDEX} (vulnerability
 * index above 100), {@code RISING} (rise of the index), {@code NUISANCE} (score below the
 * city), {@code WORSENING} (fall of the score), {@code UNKNOWN} (indicators missing or
 * suppressed), {@code WORST_TYPOLOGY} (RISING_WORSENING_HIGH: zero), {@code RECENT_PLACEMENTS}
 * (subtracted), {@code SET_BY_OFFICER} (the scenario's own capacity), {@code BUURT_VALUES} (the
 * street's own values rest on too few observations: the buurt's are used).
 */
public record CapacityStep(String factor, BigDecimal value, BigDecimal effect) {
}
