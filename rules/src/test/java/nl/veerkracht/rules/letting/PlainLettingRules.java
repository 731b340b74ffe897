package nl.veerkracht.rules.letting;

import java.util.List;
import java.util.Map;
import nl.veerkracht.scenario.Screening;

/**
 * The allocation rules of {@code rules.md} written out in plain Java, without a rule engine:
 * the benchmark's baseline and the differential oracle of the property tests. It gives the
 * same verdicts and the same traces as the Drools rule base: every trace entry names a rule
 * of the rule base's catalogue (so its name, code and outcome come from the rule base's own
 * metadata) and its detail is written by the same {@link Details} methods.
 */
public final class PlainLettingRules implements LettingRules {

  private final RuleInfo art8Refused;
  private final RuleInfo art8Hardship;
  private final RuleInfo art10Negative;
  private final RuleInfo art10Conditional;
  private final RuleInfo art10None;
  private final RuleInfo art8YearsMet;
  private final RuleInfo art8SourceAccepted;
  private final RuleInfo art10Clear;
  private final RuleInfo passendRentWithin;
  private final RuleInfo passendNotTarget;
  private final RuleInfo daebIncomeWithin;
  private final RuleInfo daebNotDaebUnit;
  private final RuleInfo passendRefused;
  private final RuleInfo passendException;
  private final RuleInfo daebRefused;
  private final RuleInfo daebFreeRoom;
  private final RuleInfo quotaVacancy;
  private final RuleInfo art9Vacancy;
  private final RuleInfo notArt9Vacancy;
  private final RuleInfo urgency;
  private final RuleInfo urgencySuspended;
  private final RuleInfo urgencyExpired;
  private final RuleInfo art9Priority;
  private final RuleInfo art9NoPriority;
  private final RuleInfo rankedUrgent;
  private final RuleInfo rankedArt9;
  private final RuleInfo rankedRegular;

  /** With the rules of the current rule base's catalogue. */
  public PlainLettingRules() {
    this(RuleBase.current().catalogue());
  }

  /** With the rules of a catalogue; fails when a rule this implementation decides with is missing. */
  public PlainLettingRules(Map<String, RuleInfo> catalogue) {
    art8Refused = rule(catalogue, "Art. 8: income requirement in a designated area");
    art8Hardship = rule(catalogue, "Art. 8: hardship clause");
    art10Negative = rule(catalogue, "Art. 10: negative woonverklaring");
    art10Conditional = rule(catalogue, "Art. 10: conditional woonverklaring");
    art10None = rule(catalogue, "Art. 10: screening required before an offer");
    art8YearsMet = rule(catalogue, "Art. 8: years in the region met");
    art8SourceAccepted = rule(catalogue, "Art. 8: income source accepted");
    art10Clear = rule(catalogue, "Art. 10: clear woonverklaring");
    passendRentWithin = rule(catalogue, "Passend: rent within the aftoppingsgrens");
    passendNotTarget = rule(catalogue, "Passend: income above the target group");
    daebIncomeWithin = rule(catalogue, "DAEB: income within the limit");
    daebNotDaebUnit = rule(catalogue, "DAEB: not a DAEB dwelling");
    passendRefused = rule(catalogue, "Passend: rent above the aftoppingsgrens without exception room");
    passendException = rule(catalogue, "Passend: exception room available");
    daebRefused = rule(catalogue, "DAEB: income above the limit without free room");
    daebFreeRoom = rule(catalogue, "DAEB: free room available");
    quotaVacancy = rule(catalogue, "Urgent quota: urgency suspended on this vacancy");
    art9Vacancy = rule(catalogue, "Art. 9: an art. 9 vacancy in the share sequence");
    notArt9Vacancy = rule(catalogue, "Art. 9: not an art. 9 vacancy in the share sequence");
    urgency = rule(catalogue, "Urgency: priority");
    urgencySuspended = rule(catalogue, "Urgency: suspended by the urgent quota");
    urgencyExpired = rule(catalogue, "Urgency: expired");
    art9Priority = rule(catalogue, "Art. 9: priority for the socio-economic characteristics");
    art9NoPriority = rule(catalogue, "Art. 9: no priority without the characteristics");
    rankedUrgent = rule(catalogue, "Ranking: group URGENT");
    rankedArt9 = rule(catalogue, "Ranking: group ART9");
    rankedRegular = rule(catalogue, "Ranking: group REGULAR");
    if (catalogue.size() != 27) {
      throw new IllegalStateException("the plain rules know 27 rules, the rule base has " + catalogue.keySet());
    }
  }

  private static RuleInfo rule(Map<String, RuleInfo> catalogue, String name) {
    RuleInfo info = catalogue.get(name);
    if (info == null) {
      throw new IllegalStateException("the rule base has no rule named " + name);
    }
    return info;
  }

  @Override
  public Verdicts decide(Letting letting, List<Respondent> respondents) {
    Verdicts verdicts = new Verdicts();
    boolean suspended = letting.urgentQuotaReached();
    if (suspended) {
      verdicts.recordVacancy(quotaVacancy, Details.urgentQuotaReached(letting));
    }
    boolean art9 = letting.art9VacancyInSequence();
    if (art9) {
      verdicts.recordVacancy(art9Vacancy, Details.art9Vacancy(letting));
    } else if (letting.art9Designation() != null) {
      verdicts.recordVacancy(notArt9Vacancy, Details.notArt9Vacancy(letting));
    }
    for (Respondent respondent : respondents) {
      if (eligible(letting, respondent, verdicts)) {
        rank(letting, respondent, suspended, art9, verdicts);
      }
    }
    return verdicts;
  }

  /** The eligibility rules; every check applied is recorded, passed or not. */
  private boolean eligible(Letting l, Respondent r, Verdicts verdicts) {
    boolean eligible = true;
    if (l.art8Designation() != null) {
      if (r.yearsInRegion().compareTo(l.art8MinYearsInRegion()) >= 0) {
        verdicts.record(art8YearsMet, r, Details.art8YearsMet(l, r));
      } else if (l.art8IncomeSources().contains(r.incomeSource())) {
        verdicts.record(art8SourceAccepted, r, Details.art8IncomeSourceAccepted(l, r));
      } else if (r.hardship()) {
        verdicts.record(art8Hardship, r, Details.art8Hardship(l, r));
      } else {
        verdicts.record(art8Refused, r, Details.art8Refused(l, r));
        eligible = false;
      }
    }
    if (l.art10Designation() != null) {
      RuleInfo rule = switch (r.screening()) {
        case NEGATIVE -> art10Negative;
        case CONDITIONAL -> art10Conditional;
        case CLEAR -> art10Clear;
        case NONE -> art10None;
      };
      verdicts.record(rule, r, Details.art10(l, r));
      eligible &= r.screening() != Screening.NEGATIVE;
    }
    if (!l.inPassendTargetGroup(r)) {
      verdicts.record(passendNotTarget, r, Details.passendNotTargetGroup(l, r));
    } else if (!l.rentAboveAftoppingsgrens(r)) {
      verdicts.record(passendRentWithin, r, Details.passendRentWithin(l, r));
    } else {
      boolean room = l.passendExceptionRoom();
      verdicts.record(room ? passendException : passendRefused, r, Details.passend(l, r, room));
      eligible &= room;
    }
    if (!l.daebUnit()) {
      verdicts.record(daebNotDaebUnit, r, Details.daebNotDaebUnit(l));
    } else if (!l.aboveDaebIncomeLimit(r)) {
      verdicts.record(daebIncomeWithin, r, Details.daebIncomeWithin(l, r));
    } else {
      boolean room = l.daebFreeRoom();
      verdicts.record(room ? daebFreeRoom : daebRefused, r, Details.daeb(l, r, room));
      eligible &= room;
    }
    return eligible;
  }

  /** The priority rules and the group of an eligible respondent. */
  private void rank(Letting l, Respondent r, boolean suspended, boolean art9Vacancy, Verdicts verdicts) {
    boolean urgent = false;
    if (r.hasUrgencyOn(l.date())) {
      urgent = !suspended;
      verdicts.record(urgent ? urgency : urgencySuspended, r,
          urgent ? Details.urgency(l, r) : Details.urgencySuspended(l, r));
    } else if (r.urgency() != null) {
      verdicts.record(urgencyExpired, r, Details.urgencyExpired(l, r));
    }
    boolean art9 = false;
    if (art9Vacancy) {
      art9 = l.art9Priority(r);
      verdicts.record(art9 ? art9Priority : art9NoPriority, r, Details.art9(l, r, art9));
    }
    Group group;
    if (urgent && !(art9 && l.art9AboveUrgent())) {
      group = Group.URGENT;
    } else if (art9) {
      group = Group.ART9;
    } else {
      group = Group.REGULAR;
    }
    RuleInfo rule = switch (group) {
      case URGENT -> rankedUrgent;
      case ART9 -> rankedArt9;
      case REGULAR -> rankedRegular;
    };
    verdicts.rank(rule, r, group, Details.ranked(l, r, group));
  }
}
