package nl.veerkracht.scenario;

/** A household's main income source. */
public enum IncomeSource {
  EMPLOYMENT, SELF_EMPLOYMENT, EARLY_RETIREMENT, AOW, PENSION, STUDENT_FINANCE,
  SOCIAL_ASSISTANCE, UNEMPLOYMENT_BENEFIT, DISABILITY_BENEFIT, OTHER
}
