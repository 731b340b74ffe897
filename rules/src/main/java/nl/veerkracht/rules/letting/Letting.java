package nl.veerkracht.rules.letting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import nl.veerkracht.rules.Exact;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.Share;

/**
 * One dwelling to let (or to offer in direct mediation) with everything the rules need to
 * decide on it: the dwelling, the parameters of its date, the policy, the designations that
 * cover it, and the letting state as it is at this moment. Immutable; the letting run makes a
 * new one for every vacancy.
 *
 * @param art9Designation the id of the WBMGP-9 designation covering the unit, or null
 * @param art9Number the number of this vacancy in that designation's share sequence
 * @param urgentQuota the buurt's quota for urgent seekers, or null when it has none
 * @param mediation direct mediation: no passend exceptions and no DAEB free room
 */
public record Letting(
    String unit,
    String street,
    String buurt,
    BigDecimal rent,
    String owner,
    LocalDate date,
    YearParameters parameters,
    BigDecimal art8MinYearsInRegion,
    Set<IncomeSource> art8IncomeSources,
    Set<String> art9Characteristics,
    boolean art9AboveUrgent,
    String art8Designation,
    String art10Designation,
    String art9Designation,
    long art9Number,
    Share art9Share,
    OwnerCounters ownerCounters,
    Share urgentQuota,
    long quotaLettings,
    long quotaUrgentLettings,
    boolean mediation) {

  /** Sets in a fixed order (enum order, then names), so that traces read the same in every run and replay. */
  public Letting {
    art8IncomeSources = art8IncomeSources.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(IncomeSource.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(art8IncomeSources));
    art9Characteristics = Collections.unmodifiableSortedSet(new TreeSet<>(art9Characteristics));
  }

  public BigDecimal aftoppingsgrens(Respondent respondent) {
    return parameters.aftoppingsgrensFor(respondent.householdSize());
  }

  public BigDecimal passendIncomeLimit(Respondent respondent) {
    return parameters.passendIncomeLimitFor(respondent.householdSize(), respondent.aowAge());
  }

  public BigDecimal daebIncomeLimit(Respondent respondent) {
    return parameters.daebIncomeLimitFor(respondent.householdSize());
  }

  /** In the passend target group: income at or below the limit of its household type. */
  public boolean inPassendTargetGroup(Respondent respondent) {
    return respondent.income().compareTo(passendIncomeLimit(respondent)) <= 0;
  }

  public boolean rentAboveAftoppingsgrens(Respondent respondent) {
    return rent.compareTo(aftoppingsgrens(respondent)) > 0;
  }

  public boolean aboveDaebIncomeLimit(Respondent respondent) {
    return respondent.income().compareTo(daebIncomeLimit(respondent)) > 0;
  }

  public boolean daebUnit() {
    return rent.compareTo(parameters.daebRentLimit()) <= 0;
  }

  /** (passendExceptions + 1) / (passendTargetLettings + 1) ≤ passendExceptionShare. */
  public boolean passendExceptionRoom() {
    return !mediation && Exact.within(ownerCounters.passendExceptions() + 1L,
        ownerCounters.passendTargetLettings() + 1L, parameters.passendExceptionShare());
  }

  /** (daebFreeLettings + 1) / (daebLettings + 1) ≤ daebFreeShare. */
  public boolean daebFreeRoom() {
    return !mediation && Exact.within(ownerCounters.daebFreeLettings() + 1L, ownerCounters.daebLettings() + 1L,
        parameters.daebFreeShare());
  }

  /** (U + 1) / (L + 1) > q: urgency gives no priority on this vacancy. */
  public boolean urgentQuotaReached() {
    return urgentQuota != null && Exact.exceeds(quotaUrgentLettings + 1, quotaLettings + 1, urgentQuota);
  }

  /** ⌊(k+1)·s⌋ − ⌊k·s⌋ = 1 for this vacancy's number k in its art. 9 designation. */
  public boolean art9VacancyInSequence() {
    return art9Designation != null && Exact.marked(art9Number, art9Share);
  }

  public boolean art9Priority(Respondent respondent) {
    return respondent.hasAnyOf(art9Characteristics);
  }
}
