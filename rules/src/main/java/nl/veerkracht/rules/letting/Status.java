package nl.veerkracht.rules.letting;

/** What became of a respondent on a vacancy. */
public enum Status {
  ELIGIBLE, REFUSED, ALREADY_ALLOCATED
}
