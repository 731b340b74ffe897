package nl.veerkracht.democity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A buurt's figures from the city's Context 2015 sheet (municipal register, 1-1-2015; income
 * 1-1-2014). Shares are fractions 0..1; the mixes are normalised to sum to one and iterate in
 * the order of their enum.
 *
 * @param lowest40IncomeShare households in the lowest 40% of standardised household income
 */
public record BuurtContext(
    int population,
    int dwellings,
    int households,
    double socialRentShare,
    double privateRentShare,
    double ownerOccupiedShare,
    double lowest40IncomeShare,
    double aged65PlusShare,
    double nonWesternShare,
    Map<HouseholdKind, Double> householdMix,
    Map<BuildPeriod, Double> buildPeriodMix,
    Map<DwellingType, Double> dwellingTypeMix) {

  public BuurtContext {
    householdMix = Collections.unmodifiableMap(new EnumMap<>(householdMix));
    buildPeriodMix = Collections.unmodifiableMap(new EnumMap<>(buildPeriodMix));
    dwellingTypeMix = Collections.unmodifiableMap(new EnumMap<>(dwellingTypeMix));
  }

  /** Kinds of household of the Context sheet. */
  public enum HouseholdKind {
    SINGLE("een-persoons hh"),
    COUPLE("paar zonder kind"),
    COUPLE_WITH_CHILDREN("paar met kind(eren)"),
    SINGLE_PARENT("eenouder hh"),
    OTHER("overig");

    final String column;

    HouseholdKind(String label) {
      this.column = "Huishoudenstype 1-1-2015 | " + label;
    }
  }

  /** Building periods of the dwelling stock. */
  public enum BuildPeriod {
    BEFORE_1945("tot 1945"),
    FROM_1945_TO_1968("1945-1968"),
    FROM_1969_TO_1979("1969-1979"),
    FROM_1980_TO_1999("1980-1999"),
    FROM_2000("vanaf 2000");

    final String column;

    BuildPeriod(String label) {
      this.column = "Bouwperiode 1-1-2015 | " + label;
    }
  }

  /** Dwelling types; the sheet's "type onbekend" is left out and the rest normalised. */
  public enum DwellingType {
    SINGLE_FAMILY("Eengezinswoning"),
    FLAT_WITH_LIFT("Meer-gezins met lift"),
    FLAT_WITHOUT_LIFT("Meer-gezins zonder lift");

    final String column;

    DwellingType(String label) {
      this.column = "Woningtype 1-1-2015 | " + label;
    }
  }
}
