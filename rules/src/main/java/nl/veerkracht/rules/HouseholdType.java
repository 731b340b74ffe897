package nl.veerkracht.rules;

/** The household types of the income limits: SINGLE is one person, MULTI two or more; _AOW at AOW age. */
public enum HouseholdType {
  SINGLE, SINGLE_AOW, MULTI, MULTI_AOW;

  public static HouseholdType of(int householdSize, boolean aowAge) {
    if (householdSize == 1) {
      return aowAge ? SINGLE_AOW : SINGLE;
    }
    return aowAge ? MULTI_AOW : MULTI;
  }
}
