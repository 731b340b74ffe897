package nl.veerkracht.scenario;

/** The special target group a client of direct mediation belongs to. */
public enum ClientGroup {
  MO_OUTFLOW, BW_OUTFLOW, GGZ, LVB, YOUTH_CARE_LEAVER, EX_DETAINEE, OTHER
}
