package nl.veerkracht.democity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.democity.BuurtContext.BuildPeriod;
import nl.veerkracht.democity.BuurtContext.DwellingType;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Unit;
import org.apache.commons.csv.CSVRecord;

/**
 * The corporation dwellings of each street, in building complexes. A complex's dwelling type and
 * building period follow its buurt's real mix (Context 2015); its owner the plausible spread of
 * {@code assumptions/owner_mix.csv} over the city's areas, and SOR (housing for the elderly) where
 * there are flats with a lift, more so where more residents are 65 or older. Rooms, step-free
 * access and rent follow from type and period; rents fall within the year's limits.
 */
final class UnitGenerator {

  static final String SOR = "SOR";
  static final List<String> OWNERS = List.of("Woonstad", "Havensteder", "Woonbron", "Vestia", SOR);
  static final String OWNER_MIX = "assumptions/owner_mix.csv";

  private static final int COMPLEX_MIN = 6;
  private static final int COMPLEX_MAX = 48;
  /** Share of a buurt's lift flats that SOR owns where the share of 65+ residents is the city's. */
  private static final double SOR_SHARE_OF_LIFT_FLATS = 0.2;
  /** Share of the dwellings in a flat without lift that are on the ground floor. */
  private static final double GROUND_FLOOR_SHARE = 0.25;

  private static final double RENT_NOISE = 55;
  private static final double MIN_RENT = 300;
  /** Euros of rent less per percentage point of low-income residents above the city's share. */
  private static final double RENT_PER_LOW_INCOME_POINT = -2.5;
  private static final double MAX_BUURT_RENT_EFFECT = 60;
  /** Base rent by number of rooms (index = rooms). */
  private static final double[] RENT_BY_ROOMS = {0, 440, 525, 590, 645, 690, 730};
  private static final Map<BuildPeriod, Double> PERIOD_EFFECT = new EnumMap<>(Map.of(
      BuildPeriod.BEFORE_1945, -25.0,
      BuildPeriod.FROM_1945_TO_1968, -40.0,
      BuildPeriod.FROM_1969_TO_1979, 0.0,
      BuildPeriod.FROM_1980_TO_1999, 50.0,
      BuildPeriod.FROM_2000, 140.0));
  private static final Map<DwellingType, Double> TYPE_EFFECT = new EnumMap<>(Map.of(
      DwellingType.SINGLE_FAMILY, 40.0,
      DwellingType.FLAT_WITH_LIFT, 20.0,
      DwellingType.FLAT_WITHOUT_LIFT, -10.0));

  private final Draw draw;
  private final Map<String, Map<String, Double>> ownerMixByGebied = new LinkedHashMap<>();
  private final double cityAged65PlusShare;
  private final double cityLowIncomeShare;
  private final BigDecimal maxRent;
  private int complexes;

  UnitGenerator(RotterdamData data, YearParameters limits, long seed) {
    this.draw = new Draw(seed, "units");
    for (CSVRecord row : CsvTable.read(OWNER_MIX).records()) {
      Map<String, Double> mix = new LinkedHashMap<>();
      OWNERS.stream().filter(owner -> !owner.equals(SOR)).forEach(owner -> mix.put(owner, CsvTable.number(row, owner)));
      ownerMixByGebied.put(row.get("gebied"), mix);
    }
    this.cityAged65PlusShare = data.cityContext().aged65PlusShare();
    this.cityLowIncomeShare = data.cityWijkprofiel(DemoCity.FIGURES_YEAR).lowIncomeShare();
    this.maxRent = limits.daebRentLimit();
  }

  List<Unit> units(List<DemoStreet> streets) {
    List<Unit> units = new ArrayList<>();
    for (DemoStreet street : streets) {
      int left = street.corporationDwellings();
      while (left > 0) {
        int size = left < 2 * COMPLEX_MIN ? left : Math.min(left, draw.between(COMPLEX_MIN, COMPLEX_MAX));
        addComplex(street, size, units);
        left -= size;
      }
    }
    return units;
  }

  private void addComplex(DemoStreet street, int size, List<Unit> units) {
    BuurtContext context = street.buurt().context();
    String complex = String.format("K%05d", ++complexes);
    DwellingType type = draw.weighted(context.dwellingTypeMix());
    BuildPeriod period = draw.weighted(context.buildPeriodMix());
    String owner = owner(street.buurt(), type);
    for (int i = 0; i < size; i++) {
      int rooms = rooms(type, owner);
      units.add(new Unit(String.format("U%06d", units.size() + 1), street.id(), rent(street.buurt(), type, period, rooms),
          rooms, stepFree(type, owner), owner, complex));
    }
  }

  private String owner(Buurt buurt, DwellingType type) {
    double sorShare = SOR_SHARE_OF_LIFT_FLATS * buurt.context().aged65PlusShare() / cityAged65PlusShare;
    if (type == DwellingType.FLAT_WITH_LIFT && draw.chance(sorShare)) {
      return SOR;
    }
    Map<String, Double> mix = ownerMixByGebied.get(buurt.gebied());
    if (mix == null) {
      throw new IllegalStateException(OWNER_MIX + " has no row for " + buurt.gebied());
    }
    return draw.weighted(mix);
  }

  private int rooms(DwellingType type, String owner) {
    if (owner.equals(SOR)) {
      return 1 + draw.weightedIndex(new double[] {0.15, 0.80, 1.0});
    }
    return switch (type) {
      case SINGLE_FAMILY -> 3 + draw.weightedIndex(new double[] {0.15, 0.65, 0.95, 1.0});
      case FLAT_WITH_LIFT -> 1 + draw.weightedIndex(new double[] {0.08, 0.43, 0.83, 1.0});
      case FLAT_WITHOUT_LIFT -> 2 + draw.weightedIndex(new double[] {0.25, 0.75, 0.97, 1.0});
    };
  }

  private boolean stepFree(DwellingType type, String owner) {
    return owner.equals(SOR) || switch (type) {
      case FLAT_WITH_LIFT -> true;
      case FLAT_WITHOUT_LIFT -> draw.chance(GROUND_FLOOR_SHARE);
      case SINGLE_FAMILY -> false;
    };
  }

  /**
   * Monthly bare rent: a base by rooms, more for newer buildings and single-family houses, less
   * in buurten with more low incomes, noise; between {@value #MIN_RENT} and the DAEB rent limit.
   */
  private BigDecimal rent(Buurt buurt, DwellingType type, BuildPeriod period, int rooms) {
    double lowIncomePoints = 100 * (buurt.wijkprofiel(DemoCity.FIGURES_YEAR).lowIncomeShare() - cityLowIncomeShare);
    double buurtEffect = Math.max(-MAX_BUURT_RENT_EFFECT,
        Math.min(MAX_BUURT_RENT_EFFECT, RENT_PER_LOW_INCOME_POINT * lowIncomePoints));
    double rent = RENT_BY_ROOMS[rooms] + PERIOD_EFFECT.get(period) + TYPE_EFFECT.get(type) + buurtEffect
        + draw.normal(0, RENT_NOISE);
    return Decimals.rounded(Math.max(MIN_RENT, Math.min(maxRent.doubleValue(), rent)), 2);
  }
}
