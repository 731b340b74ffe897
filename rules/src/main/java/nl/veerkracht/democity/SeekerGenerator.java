package nl.veerkracht.democity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.democity.BuurtContext.HouseholdKind;
import nl.veerkracht.scenario.Activity;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Urgency;

/**
 * The active house seekers. Most live in one of the 71 buurten, in proportion to its households
 * (Context 2015); their income sources follow their buurt's real figures in exact quotas:
 * social assistance as often as the buurt's households receive it, incapacity benefit as often
 * as its residents do (Wijkprofiel 2016), AOW and pensions after its share of residents of 65 and
 * over. Household sizes follow the buurt's household types, years in the region its share of
 * long-time residents. The rest come from outside the city, with the city's figures.
 */
final class SeekerGenerator {

  static final int SEEKERS = 60_000;
  static final double FROM_THE_CITY = 0.9;

  /** Seekers of AOW age per resident of 65 or over: fewer of the elderly move than of the young. */
  static final double AOW_AGE_PER_ELDERLY_RESIDENT = 0.5;
  static final double PENSION_SHARE_OF_AOW_AGE = 0.3;
  /** Income sources the data has no figure for per buurt, as shares of all seekers. */
  static final Map<IncomeSource, Double> FIXED_SOURCE_SHARES = new EnumMap<>(Map.of(
      IncomeSource.UNEMPLOYMENT_BENEFIT, 0.04,
      IncomeSource.STUDENT_FINANCE, 0.05,
      IncomeSource.SELF_EMPLOYMENT, 0.06,
      IncomeSource.EARLY_RETIREMENT, 0.01,
      IncomeSource.OTHER, 0.02));
  /** Seekers registered as volunteers per resident doing volunteer work. */
  static final double VOLUNTEERS_PER_VOLUNTEERING_RESIDENT = 0.3;
  static final double ARTIST_SHARE = 0.005;
  static final double OUTSIDE_SHARE_FROM_OUTSIDE_REGION = 0.5;
  static final double MIN_YEARS_IN_REGION_LONG = 6;
  static final double MAX_YEARS_IN_REGION = 45;
  /**
   * Mean years since registration of the active seekers (exponential, at most
   * {@value #MAX_YEARS_REGISTERED}): an assumption, calibrated to the registration time of regular
   * winners (the calibration targets). Many register early without searching (RIGO); the active
   * ones, who respond, registered mostly in the last few years.
   */
  static final double MEAN_YEARS_REGISTERED = 1.0;
  static final double MAX_YEARS_REGISTERED = 20;

  private final RotterdamData data;
  private final Draw draw;
  private final int total;
  private final LocalDate referenceDate;
  private final double cityLowIncomeShare;
  private final double scale;

  SeekerGenerator(RotterdamData data, long seed, double scale, LocalDate referenceDate) {
    this.data = data;
    this.draw = new Draw(seed, "seekers");
    this.total = (int) Math.round(SEEKERS * scale);
    this.scale = scale;
    this.referenceDate = referenceDate;
    this.cityLowIncomeShare = data.cityWijkprofiel(DemoCity.FIGURES_YEAR).lowIncomeShare();
  }

  /** The seekers in order of registration, with ids {@code S00001} (registered first) onwards. */
  List<ActiveSeeker> seekers() {
    List<Draft> drafts = new ArrayList<>();
    List<Buurt> buurten = data.buurten();
    int fromTheCity = (int) Math.round(total * FROM_THE_CITY);
    int[] perBuurt = Apportion.largestRemainder(fromTheCity,
        buurten.stream().mapToDouble(buurt -> buurt.context().households()).toArray());
    for (int i = 0; i < buurten.size(); i++) {
      Buurt buurt = buurten.get(i);
      addDrafts(perBuurt[i], buurt, buurt.wijkprofiel(DemoCity.FIGURES_YEAR), buurt.context(), drafts);
    }
    addDrafts(total - fromTheCity, null, data.cityWijkprofiel(DemoCity.FIGURES_YEAR), data.cityContext(), drafts);
    drafts.sort(Comparator.comparing(Draft::registeredOn));
    return withIdsAndUrgencies(drafts);
  }

  /** The shares of income sources among seekers with these figures, in the enum's order. */
  static Map<IncomeSource, Double> incomeMix(WijkprofielYear figures, BuurtContext context) {
    Map<IncomeSource, Double> mix = new EnumMap<>(FIXED_SOURCE_SHARES);
    double aowAge = AOW_AGE_PER_ELDERLY_RESIDENT * context.aged65PlusShare();
    mix.put(IncomeSource.AOW, aowAge * (1 - PENSION_SHARE_OF_AOW_AGE));
    mix.put(IncomeSource.PENSION, aowAge * PENSION_SHARE_OF_AOW_AGE);
    mix.put(IncomeSource.SOCIAL_ASSISTANCE, figures.socialAssistanceShare());
    mix.put(IncomeSource.DISABILITY_BENEFIT, figures.incapacityBenefitShare());
    double others = mix.values().stream().mapToDouble(Double::doubleValue).sum();
    mix.put(IncomeSource.EMPLOYMENT, 1 - others);
    return mix;
  }

  private void addDrafts(int count, Buurt home, WijkprofielYear figures, BuurtContext context, List<Draft> drafts) {
    List<IncomeSource> sources = Apportion.quotas(count, incomeMix(figures, context));
    draw.shuffle(sources);
    double shortResidence = home == null ? OUTSIDE_SHARE_FROM_OUTSIDE_REGION : 1 - figures.longResidentShare();
    double incomeLevel = home == null ? 1 : incomeLevel(figures);
    for (IncomeSource source : sources) {
      boolean aowAge = source == IncomeSource.AOW || source == IncomeSource.PENSION;
      int householdSize = householdSize(context, source, aowAge);
      drafts.add(new Draft(home, householdSize, aowAge, income(source, householdSize, incomeLevel), source,
          activities(figures), yearsInRegion(shortResidence), registeredOn(), screening(), hardship()));
    }
  }

  /** Employment incomes are lower where more residents have a low income: 1 at the city's share. */
  private double incomeLevel(WijkprofielYear figures) {
    return Math.max(0.7, Math.min(1.3, 1 - 1.2 * (figures.lowIncomeShare() - cityLowIncomeShare)));
  }

  private int householdSize(BuurtContext context, IncomeSource source, boolean aowAge) {
    if (source == IncomeSource.STUDENT_FINANCE) {
      return 1;
    }
    Map<HouseholdKind, Double> mix = context.householdMix();
    if (aowAge) {
      mix = new EnumMap<>(Map.of(HouseholdKind.SINGLE, mix.get(HouseholdKind.SINGLE),
          HouseholdKind.COUPLE, mix.get(HouseholdKind.COUPLE)));
    }
    return switch (draw.weighted(mix)) {
      case SINGLE -> 1;
      case COUPLE -> 2;
      case COUPLE_WITH_CHILDREN -> 3 + draw.weightedIndex(new double[] {0.45, 0.80, 0.95, 1.0});
      case SINGLE_PARENT -> 2 + draw.weightedIndex(new double[] {0.55, 0.85, 1.0});
      case OTHER -> 2 + draw.weightedIndex(new double[] {0.6, 1.0});
    };
  }

  /** Yearly household income by source and household size (2026 euros, rounded to whole euros). */
  private BigDecimal income(IncomeSource source, int householdSize, double incomeLevel) {
    boolean single = householdSize == 1;
    double income = switch (source) {
      case SOCIAL_ASSISTANCE -> single ? draw.uniform(15_500, 17_500) : draw.uniform(21_500, 25_500);
      case DISABILITY_BENEFIT, UNEMPLOYMENT_BENEFIT -> draw.uniform(16_000, 31_000) * (single ? 1 : 1.3);
      case AOW -> single ? draw.uniform(19_500, 23_500) : draw.uniform(27_000, 33_000);
      case PENSION -> single ? draw.uniform(24_000, 42_000) : draw.uniform(32_000, 55_000);
      case EARLY_RETIREMENT -> draw.uniform(24_000, 40_000);
      case STUDENT_FINANCE -> draw.uniform(5_000, 14_000);
      case OTHER -> draw.uniform(10_000, 30_000);
      case SELF_EMPLOYMENT -> draw.logNormal(28_000 * incomeLevel, 0.5) * (single ? 1 : 1.4);
      case EMPLOYMENT -> draw.logNormal(33_000 * incomeLevel, 0.35) * (single ? 1 : 1.45);
    };
    return Decimals.rounded(income, 0);
  }

  private List<Activity> activities(WijkprofielYear figures) {
    List<Activity> activities = new ArrayList<>();
    if (draw.chance(VOLUNTEERS_PER_VOLUNTEERING_RESIDENT * figures.volunteerShare())) {
      activities.add(Activity.VOLUNTEER_WORK);
    }
    if (draw.chance(ARTIST_SHARE)) {
      activities.add(Activity.ARTIST);
    }
    return activities.isEmpty() ? null : activities;
  }

  private BigDecimal yearsInRegion(double shortResidence) {
    double years = draw.chance(shortResidence)
        ? draw.uniform(0, MIN_YEARS_IN_REGION_LONG)
        : draw.uniform(MIN_YEARS_IN_REGION_LONG, MAX_YEARS_IN_REGION);
    return Decimals.rounded(years, 1);
  }

  /** Registered an exponential time ago, {@value #MEAN_YEARS_REGISTERED} years on average, at most {@value #MAX_YEARS_REGISTERED}. */
  private LocalDate registeredOn() {
    double years = Math.min(MAX_YEARS_REGISTERED, -MEAN_YEARS_REGISTERED * Math.log(1 - draw.uniform(0, 1)));
    return referenceDate.minusDays(Math.round(years * 365.25));
  }

  private Screening screening() {
    return switch (draw.weightedIndex(new double[] {0.02, 0.024, 0.027, 1.0})) {
      case 0 -> Screening.CLEAR;
      case 1 -> Screening.CONDITIONAL;
      case 2 -> Screening.NEGATIVE;
      default -> null;
    };
  }

  private Boolean hardship() {
    return draw.chance(0.002) ? Boolean.TRUE : null;
  }

  /**
   * Ids in registration order, and the urgencies of the flow ({@link UrgencyFlow}): the stock on
   * the reference date, granted up to a validity period before it, and the first month's inflow,
   * granted on a day of that month; drawn likelier for seekers on a benefit.
   */
  private List<ActiveSeeker> withIdsAndUrgencies(List<Draft> drafts) {
    double[] keys = new double[drafts.size()];
    Integer[] order = new Integer[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      keys[i] = draw.samplingKey(onBenefit(drafts.get(i).source()) ? UrgencyFlow.WEIGHT_ON_BENEFIT : 1);
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -keys[i]).thenComparing(i -> i));
    LocalDate[] grantedOn = new LocalDate[drafts.size()];
    int urgentCount = Math.min(drafts.size(), UrgencyFlow.urgentSeekers(scale));
    int stock = (int) Math.round(UrgencyFlow.INFLOW_PER_MONTH * scale * UrgencyFlow.STOCK_MONTHS);
    LocalDate monthEnd = referenceDate.plusMonths(1).minusDays(1);
    for (int k = 0; k < urgentCount; k++) {
      grantedOn[order[k]] = k < stock
          ? draw.dayBetween(referenceDate.minusDays(UrgencyFlow.VALIDITY_DAYS - 1), referenceDate)
          : draw.dayBetween(referenceDate, monthEnd);
    }
    List<ActiveSeeker> seekers = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Urgency urgency = grantedOn[i] == null ? null : new Urgency(UrgencyFlow.ground(draw.uniform(0, 1)),
          grantedOn[i].plusDays(UrgencyFlow.VALIDITY_DAYS - 1));
      Seeker seeker = new Seeker(String.format("S%05d", i + 1), d.householdSize(), d.aowAge(), d.income(), d.source(),
          d.activities(), d.yearsInRegion(), d.registeredOn(), urgency, d.screening(), d.hardship());
      seekers.add(new ActiveSeeker(seeker, d.home() == null ? null : d.home().code(), grantedOn[i]));
    }
    return seekers;
  }

  private static boolean onBenefit(IncomeSource source) {
    return source == IncomeSource.SOCIAL_ASSISTANCE || source == IncomeSource.DISABILITY_BENEFIT
        || source == IncomeSource.UNEMPLOYMENT_BENEFIT;
  }

  private record Draft(Buurt home, int householdSize, boolean aowAge, BigDecimal income, IncomeSource source,
      List<Activity> activities, BigDecimal yearsInRegion, LocalDate registeredOn, Screening screening,
      Boolean hardship) {
  }
}
