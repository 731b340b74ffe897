package nl.veerkracht.rules.letting;

/** The priority group an eligible respondent is ranked in. */
public enum Group {
  URGENT, ART9, REGULAR
}
