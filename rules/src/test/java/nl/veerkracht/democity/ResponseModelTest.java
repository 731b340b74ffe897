package nl.veerkracht.democity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import nl.veerkracht.rules.LegalParameters;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.scenario.Urgency;
import org.junit.jupiter.api.Test;

class ResponseModelTest {

  private static final YearParameters PARAMETERS = LegalParameters.bundled().forYear(2026).orElseThrow();
  private static final Unit TWO_ROOMS = new Unit("U1", "ST1", new BigDecimal("500"), 2, false, "Woonstad", null);

  /**
   * With one vacancy a month an urgent household responds to every dwelling that fits it, on the
   * days its urgency runs and on no other (the model finds those households once per day).
   */
  @Test
  void anUrgentHouseholdRespondsOnTheDaysItsUrgencyRunsToDwellingsThatFitIt() {
    ResponseModel model = new ResponseModel(List.of(
        urgent("S1", 2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
        urgent("S2", 1, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
        urgent("S3", 6, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30))), buurt -> List.of(), 1);
    SplittableRandom random = new SplittableRandom(1);

    assertThat(model.respondents(TWO_ROOMS, "BU1", LocalDate.of(2026, 3, 10), PARAMETERS, random))
        .as("S3's six persons do not fit two rooms").containsExactly("S1");
    assertThat(model.respondents(TWO_ROOMS, "BU1", LocalDate.of(2026, 4, 10), PARAMETERS, random)).containsExactly("S2");
    assertThat(model.respondents(TWO_ROOMS, "BU1", LocalDate.of(2026, 3, 10), PARAMETERS, random)).containsExactly("S1");
    assertThat(model.respondents(TWO_ROOMS, "BU1", LocalDate.of(2026, 3, 31), PARAMETERS, random)).containsExactly("S1");
    assertThat(model.respondents(TWO_ROOMS, "BU1", LocalDate.of(2026, 5, 4), PARAMETERS, random)).isEmpty();
  }

  private static ActiveSeeker urgent(String id, int persons, LocalDate from, LocalDate until) {
    Seeker seeker = new Seeker(id, persons, false, new BigDecimal("20000"), IncomeSource.SOCIAL_ASSISTANCE, List.of(),
        BigDecimal.TEN, LocalDate.of(2020, 1, 1), new Urgency(Urgency.Ground.MEDICAL, until), Screening.NONE, false);
    return new ActiveSeeker(seeker, null, from);
  }
}
