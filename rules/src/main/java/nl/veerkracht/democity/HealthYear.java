package nl.veerkracht.democity;

/**
 * RIVM/CBS small-area health estimates (StatLine 50090NED) for adults 18+, as fractions 0..1.
 * For a Wijkprofiel area of several CBS buurten the unweighted mean of theirs: the bundled data
 * has no population per CBS buurt to weigh by.
 *
 * @param anxietyDepressionHighRisk high risk of anxiety or depression ({@code HoogRisicoOpAngstOfDepressie_25})
 * @param longTermConditions one or more long-term conditions ({@code EenOfMeerLangdurigeAandoeningen_16});
 *     null where the source has none (2012)
 */
public record HealthYear(double anxietyDepressionHighRisk, Double longTermConditions) {
}
