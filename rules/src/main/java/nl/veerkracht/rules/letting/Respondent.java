package nl.veerkracht.rules.letting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.veerkracht.scenario.Activity;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Urgency;

/**
 * A household as the rules see it: a seeker who responded to a vacancy, or a client of
 * direct mediation. Optional fields of the scenario have their defaults here.
 */
public record Respondent(
    String id,
    int householdSize,
    boolean aowAge,
    BigDecimal income,
    IncomeSource incomeSource,
    Set<String> activities,
    BigDecimal yearsInRegion,
    LocalDate registeredOn,
    Urgency urgency,
    Screening screening,
    boolean hardship) {

  /** Activities in name order, so that traces read the same in every run and replay. */
  public Respondent {
    activities = Collections.unmodifiableSortedSet(new TreeSet<>(activities));
  }

  /**
   * The id's hash: ids are unique in a scenario, and the rule base's joins on a respondent
   * ({@code Refused( respondent == $r )}) hash it for every lookup, which the record's own
   * hash over every field makes needlessly slow. Consistent with {@link #equals}.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  public static Respondent of(Seeker seeker) {
    return new Respondent(seeker.id(), seeker.householdSize(), seeker.aowAge(), seeker.income(), seeker.incomeSource(),
        activityNames(seeker), seeker.yearsInRegion(), seeker.registeredOn(), seeker.urgency(),
        seeker.screening() == null ? Screening.NONE : seeker.screening(), Boolean.TRUE.equals(seeker.hardship()));
  }

  /** A client in direct mediation: no urgency, no activities, waiting since counts as registration. */
  public static Respondent of(Client client) {
    return new Respondent(client.id(), client.householdSize(), client.aowAge(), client.income(), client.incomeSource(),
        Set.of(), client.yearsInRegion(), client.waitingSince(), null,
        client.screening() == null ? Screening.NONE : client.screening(), Boolean.TRUE.equals(client.hardship()));
  }

  private static Set<String> activityNames(Seeker seeker) {
    return seeker.activities() == null ? Set.of()
        : seeker.activities().stream().map(Activity::name).collect(Collectors.toUnmodifiableSet());
  }

  /** The urgency's last valid day, or null without urgency. */
  public LocalDate urgencyValidUntil() {
    return urgency == null ? null : urgency.validUntil();
  }

  public boolean hasUrgencyOn(LocalDate date) {
    return urgency != null && !urgency.validUntil().isBefore(date);
  }

  /** Whether the income source or an activity is one of the given characteristics. */
  public boolean hasAnyOf(Set<String> characteristics) {
    if (characteristics.contains(incomeSource.name())) {
      return true;
    }
    for (String activity : activities) {
      if (characteristics.contains(activity)) {
        return true;
      }
    }
    return false;
  }
}
