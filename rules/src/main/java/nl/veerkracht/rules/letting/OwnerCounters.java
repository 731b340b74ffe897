package nl.veerkracht.rules.letting;

/** A corporation's DAEB and passend counters in the current calendar year. */
public record OwnerCounters(int daebLettings, int daebFreeLettings, int passendTargetLettings, int passendExceptions) {

  public static final OwnerCounters ZERO = new OwnerCounters(0, 0, 0, 0);

  /** The counters after a letting (see "Letting a sequence of vacancies", step 4). */
  public OwnerCounters after(boolean daebUnit, boolean aboveDaebLimit, boolean passendTarget, boolean aboveCeiling) {
    return new OwnerCounters(
        daebLettings + (daebUnit ? 1 : 0),
        daebFreeLettings + (daebUnit && aboveDaebLimit ? 1 : 0),
        passendTargetLettings + (passendTarget ? 1 : 0),
        passendExceptions + (passendTarget && aboveCeiling ? 1 : 0));
  }
}
