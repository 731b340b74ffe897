package nl.veerkracht.rules.letting;

import java.math.BigDecimal;
import java.util.Set;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.Screening;

/**
 * One household's candidacy for one vacancy as the rules (from version 2026.3) see it: the
 * respondent, the letting, the household's own limits resolved once against the letting's
 * parameters (its passend target group, its aftoppingsgrens, its DAEB income limit, its urgency
 * on the date, its art. 9 characteristics), and the verdict as the rules reach it: refused, urgent
 * priority, art. 9 priority. One fact per respondent instead of a marker fact per finding; the
 * comparisons are {@link Letting}'s own, so that the letting run counts a letting with the very
 * comparisons the rules decided on. The verdict is a {@link HouseholdVerdict}.
 */
public final class Candidacy extends HouseholdVerdict {

  private final Letting letting;
  private final Respondent respondent;
  private final boolean inPassendTargetGroup;
  private final boolean rentAboveAftoppingsgrens;
  private final boolean aboveDaebIncomeLimit;
  private final boolean urgentOnDate;
  private final boolean art9Characteristics;

  public Candidacy(Letting letting, Respondent respondent) {
    this.letting = letting;
    this.respondent = respondent;
    this.inPassendTargetGroup = letting.inPassendTargetGroup(respondent);
    this.rentAboveAftoppingsgrens = letting.rentAboveAftoppingsgrens(respondent);
    this.aboveDaebIncomeLimit = letting.aboveDaebIncomeLimit(respondent);
    this.urgentOnDate = respondent.hasUrgencyOn(letting.date());
    this.art9Characteristics = letting.art9Priority(respondent);
  }

  public Letting getLetting() {
    return letting;
  }

  public Respondent getRespondent() {
    return respondent;
  }

  public BigDecimal getYearsInRegion() {
    return respondent.yearsInRegion();
  }

  public IncomeSource getIncomeSource() {
    return respondent.incomeSource();
  }

  public boolean isHardship() {
    return respondent.hardship();
  }

  public Screening getScreening() {
    return respondent.screening();
  }

  /** The policy's minimum years in the region under art. 8. */
  public BigDecimal getArt8MinYearsInRegion() {
    return letting.art8MinYearsInRegion();
  }

  /** The income sources the policy accepts under art. 8. */
  public Set<IncomeSource> getArt8IncomeSources() {
    return letting.art8IncomeSources();
  }

  /** Whether the policy ranks art. 9 priority above urgency. */
  public boolean isArt9AboveUrgent() {
    return letting.art9AboveUrgent();
  }

  public boolean isUrgency() {
    return respondent.urgency() != null;
  }

  /** Income at or below the passend limit of the household's type. */
  public boolean isInPassendTargetGroup() {
    return inPassendTargetGroup;
  }

  /** The rent above the aftoppingsgrens of the household's size. */
  public boolean isRentAboveAftoppingsgrens() {
    return rentAboveAftoppingsgrens;
  }

  /** Income above the DAEB limit of the household's size. */
  public boolean isAboveDaebIncomeLimit() {
    return aboveDaebIncomeLimit;
  }

  /** Urgency valid on the letting's date. */
  public boolean isUrgentOnDate() {
    return urgentOnDate;
  }

  /** The income source or an activity is one of the policy's art. 9 characteristics. */
  public boolean isArt9Characteristics() {
    return art9Characteristics;
  }
}
