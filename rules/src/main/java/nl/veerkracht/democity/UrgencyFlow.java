package nl.veerkracht.democity;

import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Urgency;

/**
 * Urgency as a flow (docs/data.md, "Urgency"): households get an urgency every month, each valid
 * for {@value #VALIDITY_DAYS} days, and leave the stock when housed or when it runs out. The
 * stock on a day is then about the monthly inflow times the months an urgent household holds it
 * ({@value #STOCK_MONTHS}). The demo city generates the stock on its reference date and the
 * inflow of its first month; a simulation continues the inflow month by month.
 */
public final class UrgencyFlow {

  /**
   * New urgencies a month in the whole demo city (scale 1). An assumption, calibrated so that
   * urgent seekers win about a fifth of the lettings (the calibration targets); the city's own
   * number of urgency declarations is not in the bundled sources.
   */
  public static final double INFLOW_PER_MONTH = 175;
  /** The self-search period of an urgency in the Rotterdam region: three months (SUWR). */
  public static final int VALIDITY_DAYS = 91;
  /** Months an urgent household holds its urgency on average (housed or run out): an assumption, checked by the calibration. */
  public static final double STOCK_MONTHS = 1.5;
  /** An urgency is this many times likelier for a household on a benefit. */
  public static final double WEIGHT_ON_BENEFIT = 3;

  private UrgencyFlow() {
  }

  /** Urgent seekers in a scenario of the demo city: the stock on its reference date and its first month's inflow. */
  public static int urgentSeekers(double scale) {
    return (int) Math.round(INFLOW_PER_MONTH * scale * (STOCK_MONTHS + 1));
  }

  /** The monthly inflow that continues a scenario with so many urgent seekers (the inverse of {@link #urgentSeekers}). */
  public static double inflowPerMonth(long urgentSeekers) {
    return urgentSeekers / (STOCK_MONTHS + 1);
  }

  /** An urgency granted on a day, valid for the validity period. */
  public static Urgency grantedOn(LocalDate day, SplittableRandom random) {
    return new Urgency(ground(random.nextDouble()), day.plusDays(VALIDITY_DAYS - 1));
  }

  /**
   * A new household with an urgency granted on a day, like {@code template} in size, income and
   * its source, registering as it gets the urgency.
   */
  public static Seeker newUrgentSeeker(String id, Seeker template, LocalDate day, SplittableRandom random) {
    return new Seeker(id, template.householdSize(), template.aowAge(), template.income(), template.incomeSource(),
        template.activities(), template.yearsInRegion(), day, grantedOn(day, random), null, null);
  }

  /** Medical 35 %, care 15 %, shelter outflow 15 %, domestic violence 10 %, other 25 % (an assumption). */
  static Urgency.Ground ground(double point) {
    if (point < 0.35) {
      return Urgency.Ground.MEDICAL;
    }
    if (point < 0.50) {
      return Urgency.Ground.CARE;
    }
    if (point < 0.65) {
      return Urgency.Ground.SHELTER_OUTFLOW;
    }
    return point < 0.75 ? Urgency.Ground.DOMESTIC_VIOLENCE : Urgency.Ground.OTHER;
  }
}
