package nl.veerkracht.democity;

/**
 * A buurt's Wijkprofiel figures of one year (2014 or 2016). Shares are fractions 0..1; the
 * indices are scaled so that Rotterdam 2014 = 100, higher is better.
 *
 * @param lowIncomeShare residents with a low household income ({@code HuishoudensMetLaagInkomen_p})
 * @param socialAssistanceShare households on social assistance, bijstand ({@code Bijstandsontvangers_p})
 * @param newcomerShare residents 18+ who have lived in the Netherlands only a short time ({@code nieuwkomers_p})
 * @param poorHealthShare residents who say their health is poor ({@code SlechteGezondheid_p})
 * @param incapacityBenefitShare residents 15-64 on an incapacity benefit ({@code arbeidsongeschikt_p})
 * @param longResidentShare residents who have lived long in Rotterdam ({@code langverblijfrotterdam_p})
 * @param movingRate moves into, within and out of the buurt per resident ({@code mutatiegraad_p})
 * @param volunteerShare residents doing volunteer work ({@code Vrijwilligers_p})
 * @param socialIndex the Sociale Index ({@code SI})
 * @param safetyIndex the Veiligheidsindex ({@code VI}): nuisance and unsafety, objective and perceived
 * @param nuisanceSubjective the index of perceived nuisance ({@code VIs5})
 * @param nuisanceObjective the index of recorded nuisance ({@code VIo5})
 */
public record WijkprofielYear(
    double lowIncomeShare,
    double socialAssistanceShare,
    double newcomerShare,
    double poorHealthShare,
    double incapacityBenefitShare,
    double longResidentShare,
    double movingRate,
    double volunteerShare,
    double socialIndex,
    double safetyIndex,
    double nuisanceSubjective,
    double nuisanceObjective) {
}
