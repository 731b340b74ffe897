package nl.veerkracht.rules.letting;

import java.math.BigDecimal;

/**
 * The words of the trace: the facts and parameter values each rule used. One place, used by
 * the rule base's consequences (and by the plain benchmark implementation), so that the
 * wording cannot drift between them.
 */
public final class Details {

  private Details() {
  }

  public static String art8Refused(Letting l, Respondent r) {
    return "unit " + l.unit() + " is covered by art. 8 designation " + l.art8Designation() + "; the household has lived "
        + plain(r.yearsInRegion()) + " years in the region (fewer than " + plain(l.art8MinYearsInRegion())
        + ") and its income source " + r.incomeSource() + " is not one of " + l.art8IncomeSources()
        + "; the hardship clause was not granted";
  }

  public static String art8Hardship(Letting l, Respondent r) {
    return "unit " + l.unit() + " is covered by art. 8 designation " + l.art8Designation() + "; the household has lived "
        + plain(r.yearsInRegion()) + " years in the region (fewer than " + plain(l.art8MinYearsInRegion())
        + ") with income source " + r.incomeSource() + ", but the hardship clause (art. 8 lid 2) was granted";
  }

  public static String art10(Letting l, Respondent r) {
    String outcome = switch (r.screening()) {
      case NEGATIVE -> "the woonverklaring is negative";
      case CONDITIONAL -> "the woonverklaring is conditional: the conditions apply to the letting";
      case NONE -> "the household has not been screened yet: a woonverklaring is required before an offer";
      case CLEAR -> "the woonverklaring is clear";
    };
    return "unit " + l.unit() + " is covered by art. 10 designation " + l.art10Designation() + "; " + outcome;
  }

  public static String passend(Letting l, Respondent r, boolean exceptionUsed) {
    OwnerCounters c = l.ownerCounters();
    return "income " + plain(r.income()) + " is at or below the passend income limit " + plain(l.passendIncomeLimit(r))
        + " for a household of " + r.householdSize() + (r.aowAge() ? " (AOW age)" : "") + "; rent " + plain(l.rent())
        + " is above the aftoppingsgrens " + plain(l.aftoppingsgrens(r)) + "; " + owner(l)
        + (l.mediation() ? "direct mediation allows no exception"
            : "exceptions so far " + c.passendExceptions() + " of " + c.passendTargetLettings() + " target-group lettings: ("
                + c.passendExceptions() + " + 1) / (" + c.passendTargetLettings() + " + 1) "
                + (exceptionUsed ? "<= " : "> ") + l.parameters().passendExceptionShare()
                + (exceptionUsed ? ": an exception is used" : ": no exception room"));
  }

  public static String daeb(Letting l, Respondent r, boolean freeRoomUsed) {
    OwnerCounters c = l.ownerCounters();
    return "rent " + plain(l.rent()) + " is at or below the DAEB rent limit " + plain(l.parameters().daebRentLimit())
        + "; income " + plain(r.income()) + " is above the DAEB income limit " + plain(l.daebIncomeLimit(r)) + "; "
        + owner(l)
        + (l.mediation() ? "direct mediation allows no free room"
            : "free lettings so far " + c.daebFreeLettings() + " of " + c.daebLettings() + " DAEB lettings: ("
                + c.daebFreeLettings() + " + 1) / (" + c.daebLettings() + " + 1) " + (freeRoomUsed ? "<= " : "> ")
                + l.parameters().daebFreeShare() + (freeRoomUsed ? ": free room is used" : ": no free room"));
  }

  public static String urgentQuotaReached(Letting l) {
    return "buurt " + l.buurt() + " has an urgent quota of " + l.urgentQuota() + "; " + l.quotaUrgentLettings()
        + " of its " + l.quotaLettings() + " lettings so far went to urgent seekers: (" + l.quotaUrgentLettings()
        + " + 1) / (" + l.quotaLettings() + " + 1) > " + l.urgentQuota() + ": urgency gives no priority on this vacancy";
  }

  public static String urgencySuspended(Letting l, Respondent r) {
    return "urgency (" + r.urgency().ground() + ", valid until " + r.urgencyValidUntil()
        + ") gives no priority: the urgent quota of buurt " + l.buurt() + " is reached";
  }

  public static String urgency(Letting l, Respondent r) {
    return "urgency on ground " + r.urgency().ground() + " valid until " + r.urgencyValidUntil() + ", on or after "
        + l.date();
  }

  public static String urgencyExpired(Letting l, Respondent r) {
    return "urgency on ground " + r.urgency().ground() + " expired on " + r.urgencyValidUntil() + ", before "
        + l.date();
  }

  public static String art9Vacancy(Letting l) {
    return "vacancy number " + l.art9Number() + " of art. 9 designation " + l.art9Designation() + " with share "
        + l.art9Share() + " is an art. 9 vacancy";
  }

  public static String notArt9Vacancy(Letting l) {
    return "vacancy number " + l.art9Number() + " of art. 9 designation " + l.art9Designation() + " with share "
        + l.art9Share() + " is not an art. 9 vacancy";
  }

  public static String art9(Letting l, Respondent r, boolean priority) {
    return "income source " + r.incomeSource() + (r.activities().isEmpty() ? "" : " and activities " + r.activities())
        + (priority ? " include one of " : " include none of ") + l.art9Characteristics();
  }

  public static String ranked(Letting l, Respondent r, Group group) {
    return switch (group) {
      case URGENT -> "ranked in group URGENT by urgency valid until " + r.urgencyValidUntil() + ", then registration "
          + r.registeredOn() + ", then id";
      case ART9, REGULAR -> "ranked in group " + group + " by registration " + r.registeredOn() + ", then id";
    };
  }

  private static String owner(Letting l) {
    return "owner " + l.owner() + ": ";
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
