package nl.veerkracht.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A special-target-group client waiting for direct mediation. */
public record Client(
    String id,
    ClientGroup group,
    SupportLevel support,
    String careProvider,
    int householdSize,
    boolean aowAge,
    BigDecimal income,
    IncomeSource incomeSource,
    BigDecimal yearsInRegion,
    Screening screening,
    Boolean hardship,
    Boolean needsStepFree,
    List<String> excludedBuurten,
    List<String> preferredBuurten,
    LocalDate waitingSince) {
}
