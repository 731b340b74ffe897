package nl.veerkracht.democity;

import java.time.LocalDate;
import nl.veerkracht.scenario.Seeker;

/**
 * A seeker as the response model sees it: where the household lives ({@code homeBuurt}, a buurt
 * code, null for a household from outside the city) and, for a seeker with an urgency, the day the
 * urgency was granted ({@code urgentFrom}); an urgent seeker responds from that day until the
 * urgency runs out. The scenario format carries neither, so they stay here.
 */
public record ActiveSeeker(Seeker seeker, String homeBuurt, LocalDate urgentFrom) {

  public boolean urgent() {
    return seeker.urgency() != null;
  }

  /** Urgent and responding under the urgency on this day. */
  public boolean urgentOn(LocalDate day) {
    return urgent() && !day.isBefore(urgentFrom) && !day.isAfter(seeker.urgency().validUntil());
  }
}
