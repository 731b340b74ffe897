package nl.veerkracht.scenario;

import java.time.LocalDate;

/** An urgency declaration, valid until (inclusive) the given date. */
public record Urgency(Ground ground, LocalDate validUntil) {

  /** The ground of the urgency. */
  public enum Ground {
    MEDICAL, CARE, SHELTER_OUTFLOW, DOMESTIC_VIOLENCE, OTHER
  }
}
