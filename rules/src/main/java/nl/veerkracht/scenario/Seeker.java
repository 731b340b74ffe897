package nl.veerkracht.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A registered house seeker. {@code income} is the yearly household income. */
public record Seeker(
    String id,
    int householdSize,
    boolean aowAge,
    BigDecimal income,
    IncomeSource incomeSource,
    List<Activity> activities,
    BigDecimal yearsInRegion,
    LocalDate registeredOn,
    Urgency urgency,
    Screening screening,
    Boolean hardship) {
}
