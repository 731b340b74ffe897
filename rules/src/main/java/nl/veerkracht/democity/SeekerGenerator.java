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
  static final double URGENT_SHARE = 0.10;

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
  /** Urgency is this many times likelier for seekers on a benefit. */
  static final double URGENCY_WEIGHT_ON_BENEFIT = 3;

  private final RotterdamData data;
  private final Draw draw;
  private final int total;
  private final LocalDate referenceDate;
  private final double cityLowIncomeShare;

  SeekerGenerator(RotterdamData data, long seed, double scale, LocalDate referenceDate) {
    this.data = data;
    this.draw = new Draw(seed, "seekers");
    this.total = (int) Math.round(SEEKERS * scale);
    this.referenceDate = referenceDate;
    this.cityLowIncomeShare = data.cityWijkprofiel(DemoCity.FIGURES_YEAR).lowIncomeShare();
  }

  /** The seekers in order of registration, with ids {@code S00001} (registered first) onwards. */
  List<HomedSeeker> seekers() {
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

  /** Registered 0-2 years ago (30%), 2-8 (45%) or 8-20 (25%). */
  private LocalDate registeredOn() {
    double years = switch (draw.weightedIndex(new double[] {0.30, 0.75, 1.0})) {
      case 0 -> draw.uniform(0, 2);
      case 1 -> draw.uniform(2, 8);
      default -> draw.uniform(8, 20);
    };
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
   * Ids in registration order, and exactly {@value #URGENT_SHARE} of them with an urgency,
   * drawn likelier for seekers on a benefit.
   */
  private List<HomedSeeker> withIdsAndUrgencies(List<Draft> drafts) {
    double[] keys = new double[drafts.size()];
    Integer[] order = new Integer[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      keys[i] = draw.samplingKey(onBenefit(drafts.get(i).source()) ? URGENCY_WEIGHT_ON_BENEFIT : 1);
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -keys[i]).thenComparing(i -> i));
    boolean[] urgent = new boolean[drafts.size()];
    int urgentCount = (int) Math.round(URGENT_SHARE * drafts.size());
    for (int k = 0; k < urgentCount; k++) {
      urgent[order[k]] = true;
    }
    List<HomedSeeker> seekers = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Seeker seeker = new Seeker(String.format("S%05d", i + 1), d.householdSize(), d.aowAge(), d.income(), d.source(),
          d.activities(), d.yearsInRegion(), d.registeredOn(), urgent[i] ? urgency() : null, d.screening(), d.hardship());
      seekers.add(new HomedSeeker(seeker, d.home()));
    }
    return seekers;
  }

  /** An urgency declared for about a year, running out 20 to 365 days after the reference date. */
  private Urgency urgency() {
    Urgency.Ground ground = switch (draw.weightedIndex(new double[] {0.35, 0.50, 0.65, 0.75, 1.0})) {
      case 0 -> Urgency.Ground.MEDICAL;
      case 1 -> Urgency.Ground.CARE;
      case 2 -> Urgency.Ground.SHELTER_OUTFLOW;
      case 3 -> Urgency.Ground.DOMESTIC_VIOLENCE;
      default -> Urgency.Ground.OTHER;
    };
    return new Urgency(ground, referenceDate.plusDays(draw.between(20, 365)));
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
