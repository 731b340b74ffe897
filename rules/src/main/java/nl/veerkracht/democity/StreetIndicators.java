package nl.veerkracht.democity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.IndicatorValues;

/**
 * The scenario's {@code areas[]}: each street with its buurt's real indicator values for 2014
 * and 2016, varied per street by the street's deviation so that the dwelling-weighted mean of a
 * buurt's streets is the buurt's value (up to the rounding of the written numbers).
 *
 * <p>Which real figure feeds which field is documented in {@code docs/data.md}: low income and
 * social assistance from the Wijkprofiel, psychiatry and chronic conditions from the RIVM
 * estimates (2016 only), the nuisance score is the Wijkprofiel's safety index, corporation share
 * the street's own. No public data per area exists for refugee origin or LVB: those stay absent.
 */
final class StreetIndicators {

  static final int SHARE_DECIMALS = 4;
  static final int SCORE_DECIMALS = 1;
  /** A share lies at most twice this fraction of its distance to 0 or 1 away from the buurt's. */
  static final double SHARE_SPREAD = 0.3;
  /** The safety index lies at most twice this fraction of itself away from the buurt's. */
  static final double SCORE_SPREAD = 0.08;
  static final List<Integer> YEARS = RotterdamData.WIJKPROFIEL_YEARS;

  private StreetIndicators() {
  }

  static Area area(DemoStreet street, int recentPlacements) {
    Buurt buurt = street.buurt();
    Map<String, IndicatorValues> indicators = new TreeMap<>();
    YEARS.forEach(year -> indicators.put(String.valueOf(year), values(street, year)));
    return new Area(street.id(), street.name(), buurt.code(), buurt.name(), street.dwellings(), null,
        buurt.neighbours().isEmpty() ? null : buurt.neighbours(), indicators,
        recentPlacements == 0 ? null : recentPlacements);
  }

  static IndicatorValues values(DemoStreet street, int year) {
    Buurt buurt = street.buurt();
    WijkprofielYear wijkprofiel = buurt.wijkprofiel(year);
    HealthYear health = buurt.health().get(year);
    double deviation = street.deviation();
    return new IndicatorValues(
        share(wijkprofiel.lowIncomeShare(), deviation),
        share(wijkprofiel.socialAssistanceShare(), deviation),
        null,
        // LVB proxy: the incapacity benefit share, which holds the Wajong, the benefit most people with LVB live on
        share(wijkprofiel.incapacityBenefitShare(), deviation),
        health == null ? null : share(health.anxietyDepressionHighRisk(), deviation),
        health == null || health.longTermConditions() == null ? null : share(health.longTermConditions(), deviation),
        Decimals.rounded(street.corporationShare(), SHARE_DECIMALS),
        Decimals.rounded(wijkprofiel.safetyIndex() * (1 - SCORE_SPREAD * deviation), SCORE_DECIMALS),
        residents(street));
  }

  /** The buurt's share moved towards 1 for a more vulnerable street, towards 0 for a less vulnerable one. */
  private static BigDecimal share(double buurtShare, double deviation) {
    double spread = SHARE_SPREAD * Math.min(buurtShare, 1 - buurtShare);
    return Decimals.rounded(buurtShare + spread * deviation, SHARE_DECIMALS);
  }

  /** The street's residents at the buurt's residents per dwelling (Context 2015). */
  static int residents(DemoStreet street) {
    BuurtContext context = street.buurt().context();
    return (int) Math.round((double) street.dwellings() * context.population() / context.dwellings());
  }
}
