package nl.veerkracht.rules.indicators;

/**
 * The report's typology: does the vulnerable population rise, and does nuisance worsen or
 * improve, from a high or a low level?
 */
public enum Typology {
  RISING_WORSENING_HIGH, RISING_WORSENING_LOW, RISING_IMPROVING_HIGH, RISING_IMPROVING_LOW, NOT_RISING, UNKNOWN
}
