package nl.veerkracht.scenario;

/** Outcome of the art. 10 screening (woonverklaring). */
public enum Screening {
  NONE, CLEAR, CONDITIONAL, NEGATIVE
}
