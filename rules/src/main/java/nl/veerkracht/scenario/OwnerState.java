package nl.veerkracht.scenario;

/** A corporation's DAEB and passend counters so far in the calendar year of the first vacancy. */
public record OwnerState(
    String owner,
    int daebLettings,
    int daebFreeLettings,
    int passendTargetLettings,
    int passendExceptions) {
}
