package nl.veerkracht.rules.letting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veerkracht.scenario.Screening;

/**
 * The households of one vacancy that are alike in every fact the rules (from version 2026.4)
 * read, decided as one fact: the rules can only test this fact's {@link Facts} and the letting's
 * conditions,
 * so every household of it reaches the same verdict by the same rules, and a rule's consequence
 * records its entry for each household, with the household's own figures in the message.
 *
 * <p>The rule base's cost is per rule firing; with 150 to 500 respondents per vacancy falling into
 * a few dozen kinds, deciding per kind instead of per household fires the rules several times
 * less. The verdict is a {@link HouseholdVerdict}.
 */
public final class Candidates extends HouseholdVerdict {

  /**
   * What the rules read of a household, resolved once against the letting: its art. 8 years and
   * income source, hardship, screening, passend target group and aftoppingsgrens, DAEB income limit,
   * urgency (held, and valid on the date) and art. 9 characteristics.
   */
  public record Facts(boolean hardship, boolean art8YearsMet, boolean art8IncomeSourceAccepted, Screening screening,
      boolean inPassendTargetGroup, boolean rentAboveAftoppingsgrens, boolean aboveDaebIncomeLimit, boolean urgency,
      boolean urgentOnDate, boolean art9Characteristics) {

    static Facts of(Letting letting, Respondent respondent) {
      return new Facts(respondent.hardship(),
          respondent.yearsInRegion().compareTo(letting.art8MinYearsInRegion()) >= 0,
          letting.art8IncomeSources().contains(respondent.incomeSource()), respondent.screening(),
          letting.inPassendTargetGroup(respondent), letting.rentAboveAftoppingsgrens(respondent),
          letting.aboveDaebIncomeLimit(respondent), respondent.urgency() != null,
          respondent.hasUrgencyOn(letting.date()), letting.art9Priority(respondent));
    }
  }

  private final Letting letting;
  private final Facts facts;
  private final List<Respondent> households = new ArrayList<>();

  private Candidates(Letting letting, Facts facts) {
    this.letting = letting;
    this.facts = facts;
  }

  /** The respondents grouped by their facts, in the order each kind first responded. */
  public static Collection<Candidates> of(Letting letting, List<Respondent> respondents) {
    Map<Facts, Candidates> byFacts = new LinkedHashMap<>();
    for (Respondent respondent : respondents) {
      byFacts.computeIfAbsent(Facts.of(letting, respondent), facts -> new Candidates(letting, facts))
          .households.add(respondent);
    }
    return byFacts.values();
  }

  public Letting getLetting() {
    return letting;
  }

  /** The households of this kind, in the order they responded. */
  public List<Respondent> getHouseholds() {
    return households;
  }

  public boolean isHardship() {
    return facts.hardship();
  }

  /** Years in the region at least the policy's minimum under art. 8. */
  public boolean isArt8YearsMet() {
    return facts.art8YearsMet();
  }

  /** The income source is one the policy accepts under art. 8. */
  public boolean isArt8IncomeSourceAccepted() {
    return facts.art8IncomeSourceAccepted();
  }

  public Screening getScreening() {
    return facts.screening();
  }

  /** Income at or below the passend limit of the household's type. */
  public boolean isInPassendTargetGroup() {
    return facts.inPassendTargetGroup();
  }

  /** The rent above the aftoppingsgrens of the household's size. */
  public boolean isRentAboveAftoppingsgrens() {
    return facts.rentAboveAftoppingsgrens();
  }

  /** Income above the DAEB limit of the household's size. */
  public boolean isAboveDaebIncomeLimit() {
    return facts.aboveDaebIncomeLimit();
  }

  /** The household holds an urgency (valid on the date or not). */
  public boolean isUrgency() {
    return facts.urgency();
  }

  /** Urgency valid on the letting's date. */
  public boolean isUrgentOnDate() {
    return facts.urgentOnDate();
  }

  /** The income source or an activity is one of the policy's art. 9 characteristics. */
  public boolean isArt9Characteristics() {
    return facts.art9Characteristics();
  }

  // The letting's conditions, read through the candidates so that every rule on households tests
  // one fact (a nested method call such as letting.daebUnit would make Drools re-evaluate the
  // pattern on every update of the candidates, and a rule that updates them would fire again).

  /** The id of the art. 8 designation covering the dwelling, or null. */
  public String getArt8Designation() {
    return letting.art8Designation();
  }

  /** The id of the art. 10 designation covering the dwelling, or null. */
  public String getArt10Designation() {
    return letting.art10Designation();
  }

  public boolean isPassendExceptionRoom() {
    return letting.passendExceptionRoom();
  }

  public boolean isDaebUnit() {
    return letting.daebUnit();
  }

  public boolean isDaebFreeRoom() {
    return letting.daebFreeRoom();
  }

  public boolean isUrgentQuotaReached() {
    return letting.urgentQuotaReached();
  }

  public boolean isArt9VacancyInSequence() {
    return letting.art9VacancyInSequence();
  }

  /** Whether the policy ranks art. 9 priority above urgency. */
  public boolean isArt9AboveUrgent() {
    return letting.art9AboveUrgent();
  }
}
