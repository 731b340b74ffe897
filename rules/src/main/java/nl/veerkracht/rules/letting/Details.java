package nl.veerkracht.rules.letting;

import java.util.Locale;
import nl.veerkracht.rules.HouseholdType;

/**
 * What each rule found, as a message with its parameters: the facts and parameter values the
 * rule used. One place, used by the rule base's consequences (and by the plain implementation of
 * the tests), so that the parameters cannot drift between them. The words are the rule base
 * version's texts ({@link TraceTexts}); a message's code says which text.
 */
public final class Details {

  private Details() {
  }

  /** Art. 8 refuses: fewer years in the region than the minimum, an income source not on the list, no hardship. */
  public static Message art8Refused(Letting l, Respondent r) {
    return art8(l, r, "art8.refused");
  }

  public static Message art8Hardship(Letting l, Respondent r) {
    return art8(l, r, "art8.hardship");
  }

  /** Art. 8 passes: the household has lived the minimum years in the region. */
  public static Message art8YearsMet(Letting l, Respondent r) {
    return art8(l, r, "art8.yearsMet");
  }

  /** Art. 8 passes: fewer years, but the income source is one the article accepts. */
  public static Message art8IncomeSourceAccepted(Letting l, Respondent r) {
    return art8(l, r, "art8.incomeSourceAccepted");
  }

  private static Message art8(Letting l, Respondent r, String code) {
    return Message.of(code).arg("unit", l.unit()).arg("designation", l.art8Designation())
        .arg("years", r.yearsInRegion()).arg("minYears", l.art8MinYearsInRegion()).arg("source", r.incomeSource())
        .arg("sources", l.art8IncomeSources()).build();
  }

  /** Art. 10: the woonverklaring as screened (negative, conditional, clear) or not screened yet. */
  public static Message art10(Letting l, Respondent r) {
    return Message.of("art10." + r.screening().name().toLowerCase(Locale.ROOT)).arg("unit", l.unit())
        .arg("designation", l.art10Designation()).build();
  }

  /** Passend: rent above the applicable aftoppingsgrens for a household of the target group; with or without room. */
  public static Message passend(Letting l, Respondent r, boolean exceptionRoom) {
    String code = exceptionRoom ? "passend.room" : l.mediation() ? "passend.refused.mediation" : "passend.refused";
    OwnerCounters c = l.ownerCounters();
    return passendFacts(code, l, r).arg("rent", l.rent()).arg("aftoppingsgrens", l.aftoppingsgrens(r))
        .arg("owner", l.owner()).arg("exceptions", c.passendExceptions())
        .arg("targetLettings", c.passendTargetLettings()).arg("share", l.parameters().passendExceptionShare()).build();
  }

  /** Passend passes: the household is in the target group and the rent is within its aftoppingsgrens. */
  public static Message passendRentWithin(Letting l, Respondent r) {
    return passendFacts("passend.rentWithin", l, r).arg("rent", l.rent()).arg("aftoppingsgrens", l.aftoppingsgrens(r))
        .build();
  }

  /** Passend does not bind: the household's income is above the passend income limit. */
  public static Message passendNotTargetGroup(Letting l, Respondent r) {
    return passendFacts("passend.notTargetGroup", l, r).build();
  }

  private static Message.Builder passendFacts(String code, Letting l, Respondent r) {
    return Message.of(code).arg("income", r.income()).arg("incomeLimit", l.passendIncomeLimit(r))
        .arg("householdSize", r.householdSize()).arg("householdType", HouseholdType.of(r.householdSize(), r.aowAge()));
  }

  /** DAEB: a DAEB dwelling and an income above the DAEB limit; with or without free room. */
  public static Message daeb(Letting l, Respondent r, boolean freeRoom) {
    String code = freeRoom ? "daeb.room" : l.mediation() ? "daeb.refused.mediation" : "daeb.refused";
    OwnerCounters c = l.ownerCounters();
    return daebFacts(code, l, r).arg("owner", l.owner()).arg("free", c.daebFreeLettings())
        .arg("lettings", c.daebLettings()).arg("share", l.parameters().daebFreeShare()).build();
  }

  /** DAEB passes: a DAEB dwelling and an income within the DAEB limit. */
  public static Message daebIncomeWithin(Letting l, Respondent r) {
    return daebFacts("daeb.incomeWithin", l, r).build();
  }

  /** DAEB does not bind: the rent is above the DAEB rent limit. */
  public static Message daebNotDaebUnit(Letting l) {
    return Message.of("daeb.notDaebUnit").arg("rent", l.rent()).arg("rentLimit", l.parameters().daebRentLimit()).build();
  }

  private static Message.Builder daebFacts(String code, Letting l, Respondent r) {
    return Message.of(code).arg("rent", l.rent()).arg("rentLimit", l.parameters().daebRentLimit())
        .arg("income", r.income()).arg("incomeLimit", l.daebIncomeLimit(r));
  }

  public static Message urgentQuotaReached(Letting l) {
    return Message.of("quota.reached").arg("buurt", l.buurt()).arg("quota", l.urgentQuota())
        .arg("urgent", l.quotaUrgentLettings()).arg("lettings", l.quotaLettings()).build();
  }

  public static Message urgencySuspended(Letting l, Respondent r) {
    return urgency("urgency.suspended", l, r).arg("buurt", l.buurt()).build();
  }

  public static Message urgency(Letting l, Respondent r) {
    return urgency("urgency.priority", l, r).build();
  }

  public static Message urgencyExpired(Letting l, Respondent r) {
    return urgency("urgency.expired", l, r).build();
  }

  private static Message.Builder urgency(String code, Letting l, Respondent r) {
    return Message.of(code).arg("ground", r.urgency().ground()).arg("validUntil", r.urgencyValidUntil())
        .arg("date", l.date());
  }

  public static Message art9Vacancy(Letting l) {
    return art9Sequence("art9.vacancy", l);
  }

  public static Message notArt9Vacancy(Letting l) {
    return art9Sequence("art9.notVacancy", l);
  }

  private static Message art9Sequence(String code, Letting l) {
    return Message.of(code).arg("number", l.art9Number()).arg("designation", l.art9Designation())
        .arg("share", l.art9Share()).build();
  }

  public static Message art9(Letting l, Respondent r, boolean priority) {
    return Message.of(priority ? "art9.priority" : "art9.noPriority").arg("source", r.incomeSource())
        .arg("activities", r.activities()).arg("characteristics", l.art9Characteristics()).build();
  }

  public static Message ranked(Letting l, Respondent r, Group group) {
    Message.Builder message = Message.of("ranked." + group.name().toLowerCase(Locale.ROOT))
        .arg("registeredOn", r.registeredOn());
    if (group == Group.URGENT) {
      message.arg("validUntil", r.urgencyValidUntil());
    }
    return message.build();
  }
}
