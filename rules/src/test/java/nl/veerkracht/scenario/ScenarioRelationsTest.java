package nl.veerkracht.scenario;

import static nl.veerkracht.scenario.TestScenarios.ART9;
import static nl.veerkracht.scenario.TestScenarios.OWNER_NORMS;
import static nl.veerkracht.scenario.TestScenarios.PASSEND;
import static nl.veerkracht.scenario.TestScenarios.array;
import static nl.veerkracht.scenario.TestScenarios.example;
import static nl.veerkracht.scenario.TestScenarios.json;
import static nl.veerkracht.scenario.TestScenarios.object;
import static nl.veerkracht.scenario.TestScenarios.problem;
import static nl.veerkracht.scenario.TestScenarios.problems;
import static nl.veerkracht.scenario.TestScenarios.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks after the schema: ids, references, counts, designations and parameter years. */
class ScenarioRelationsTest {

  private static final String CLIENT = """
      {'id': 'C1', 'group': 'GGZ', 'support': 'LIGHT', 'careProvider': 'Pameijer', 'householdSize': 1,
       'aowAge': false, 'income': 15000, 'incomeSource': 'SOCIAL_ASSISTANCE', 'yearsInRegion': 12,
       'waitingSince': '2025-06-01'}""";

  private static ObjectNode copyOf(ObjectNode scenario, String pointer) {
    return ((ObjectNode) scenario.at(pointer)).deepCopy();
  }

  @Nested
  class UniqueIds {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "areas        | 1 | street | areas[3].street        | duplicate street \"ST-BRAMEN\" (first at areas[1])",
        "units        | 0 | id     | units[2].id            | duplicate id \"U-VIOLIER-12\" (first at units[0])",
        "seekers      | 4 | id     | seekers[6].id          | duplicate id \"S-EMRE\" (first at seekers[4])",
        "designations | 1 | id     | designations[2].id     | duplicate id \"D-ART10-SLINGE\" (first at designations[1])",
    })
    void duplicateIdInASectionIsReportedAtTheRepeat(String section, int index, String field, String path,
        String message) {
      ObjectNode scenario = example(PASSEND);
      ArrayNode items = array(scenario, "/" + section);
      items.add(items.get(index).deepCopy());

      assertThat(problems(scenario)).containsExactly(problem(path, message));
    }

    @Test
    void duplicateClientId() {
      ObjectNode scenario = example(PASSEND);
      scenario.putArray("clients").add(json(CLIENT)).add(json(CLIENT));

      assertThat(problems(scenario)).containsExactly(
          problem("clients[1].id", "duplicate id \"C1\" (first at clients[0])"));
    }

    @Test
    void duplicateCareProviderName() {
      ObjectNode scenario = example(PASSEND);
      scenario.set("careProviders", json("""
          [{'name': 'Pameijer', 'buurten': ['BU05991081']}, {'name': 'Pameijer', 'buurten': []}]"""));

      assertThat(problems(scenario)).containsExactly(
          problem("careProviders[1].name", "duplicate name \"Pameijer\" (first at careProviders[0])"));
    }

    @Test
    void oneUrgentQuotaPerBuurtAndOneOwnerStatePerOwner() {
      ObjectNode scenario = example(ART9);
      array(scenario, "/urgentQuotas").add(copyOf(scenario, "/urgentQuotas/0"));
      scenario.set("ownerState", json("""
          [{'owner': 'Vestia', 'daebLettings': 1, 'daebFreeLettings': 0, 'passendTargetLettings': 0, 'passendExceptions': 0},
           {'owner': 'Vestia', 'daebLettings': 2, 'daebFreeLettings': 0, 'passendTargetLettings': 0, 'passendExceptions': 0}]"""));

      assertThat(problems(scenario)).containsExactly(
          problem("urgentQuotas[1].buurt", "duplicate buurt \"BU05991081\" (first at urgentQuotas[0])"),
          problem("ownerState[1].owner", "duplicate owner \"Vestia\" (first at ownerState[0])"));
    }
  }

  @Nested
  class References {

    @Test
    void unitStreetMustExist() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/units/1").put("street", "ST-NOWHERE");

      assertThat(problems(scenario)).containsExactly(problem("units[1].street", "unknown street \"ST-NOWHERE\""));
    }

    @Test
    void vacancyUnitAndRespondentsMustExist() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/vacancies/0").put("unit", "U-GONE");
      array(scenario, "/vacancies/1/respondents").set(2, json("'S-NOBODY'"));

      assertThat(problems(scenario)).containsExactly(
          problem("vacancies[0].unit", "unknown unit \"U-GONE\""),
          problem("vacancies[1].respondents[2]", "unknown seeker \"S-NOBODY\""));
    }

    @Test
    void designationStreetsMustExist() {
      ObjectNode scenario = example(PASSEND);
      array(scenario, "/designations/1/streets").add("ST-ELDERS");

      assertThat(problems(scenario)).containsExactly(
          problem("designations[1].streets[1]", "unknown street \"ST-ELDERS\""));
    }

    @Test
    void directOffersMustBeUnits() {
      ObjectNode scenario = example(OWNER_NORMS);
      array(scenario, "/vacancies").remove(2);
      scenario.putArray("directOffers").add("U-H3").add("U-H9");

      assertThat(problems(scenario)).containsExactly(problem("directOffers[1]", "unknown unit \"U-H9\""));
    }

    @Test
    void clientCareProviderMustExistWhenCareProvidersAreGiven() {
      ObjectNode scenario = example(PASSEND);
      scenario.putArray("clients").add(json(CLIENT));
      read(scenario);

      scenario.set("careProviders", json("[{'name': 'Antes', 'buurten': ['BU05991577']}]"));

      assertThat(problems(scenario)).containsExactly(
          problem("clients[0].careProvider", "unknown care provider \"Pameijer\""));
    }
  }

  @Nested
  class Letting {

    @Test
    void respondentOnlyOncePerVacancy() {
      ObjectNode scenario = example(PASSEND);
      array(scenario, "/vacancies/0/respondents").add("S-ANNA");

      assertThat(problems(scenario)).containsExactly(problem("vacancies[0].respondents[3]",
          "duplicate respondent \"S-ANNA\" (first at vacancies[0].respondents[0])"));
    }

    @Test
    void unitInAtMostOneVacancy() {
      ObjectNode scenario = example(PASSEND);
      ObjectNode again = copyOf(scenario, "/vacancies/0");
      again.put("publishedOn", "2026-04-01");
      array(scenario, "/vacancies").add(again);

      assertThat(problems(scenario)).containsExactly(
          problem("vacancies[2].unit", "duplicate unit \"U-VIOLIER-12\" (first at vacancies[0])"));
    }

    @Test
    void unitNeverBothVacantAndDirectlyOffered() {
      ObjectNode scenario = example(PASSEND);
      scenario.putArray("directOffers").add("U-SLINGE-301");

      assertThat(problems(scenario)).containsExactly(
          problem("directOffers[0]", "unit \"U-SLINGE-301\" is also in vacancies[1]"));
    }

    @Test
    void directOfferListedOnce() {
      ObjectNode scenario = example(OWNER_NORMS);
      scenario.remove("vacancies");
      scenario.putArray("directOffers").add("U-H1").add("U-H2").add("U-H1");

      assertThat(problems(scenario)).containsExactly(
          problem("directOffers[2]", "duplicate unit \"U-H1\" (first at directOffers[0])"));
    }
  }

  @Nested
  class OfWhichCounts {

    @Test
    void urgentLettingsMayEqualButNotExceedLettings() {
      ObjectNode scenario = example(ART9);
      object(scenario, "/urgentQuotas/0").put("urgentLettingsSoFar", 3);
      read(scenario);

      object(scenario, "/urgentQuotas/0").put("urgentLettingsSoFar", 4);

      assertThat(problems(scenario)).containsExactly(
          problem("urgentQuotas[0].urgentLettingsSoFar", "must not exceed lettingsSoFar (3)"));
    }

    @Test
    void urgentLettingsWithoutLettingsCountAgainstZero() {
      ObjectNode scenario = example(ART9);
      object(scenario, "/urgentQuotas/0").remove("lettingsSoFar");
      object(scenario, "/urgentQuotas/0").put("urgentLettingsSoFar", 1);

      assertThat(problems(scenario)).containsExactly(
          problem("urgentQuotas[0].urgentLettingsSoFar", "must not exceed lettingsSoFar (0)"));
    }

    @Test
    void ownerCountsStayWithinTheirTotals() {
      ObjectNode scenario = example(OWNER_NORMS);
      object(scenario, "/ownerState/0").put("daebFreeLettings", 26).put("passendExceptions", 19);

      assertThat(problems(scenario)).containsExactly(
          problem("ownerState[0].daebFreeLettings", "must not exceed daebLettings (25)"),
          problem("ownerState[0].passendExceptions", "must not exceed passendTargetLettings (18)"));
    }
  }

  @Nested
  class Designations {

    @Test
    void validToNotBeforeValidFrom() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/designations/1").put("validFrom", "2026-01-01").put("validTo", "2025-12-31");

      assertThat(problems(scenario)).containsExactly(
          problem("designations[1].validTo", "must not be before validFrom (2026-01-01)"));
    }

    @Test
    void exactlyFourYearsIsAccepted() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/designations/1").put("validFrom", "2026-01-01").put("validTo", "2029-12-31");

      assertThat(read(scenario).designations().get(1).validTo()).hasToString("2029-12-31");
    }

    @Test
    void fourYearsAndOneDayIsRejected() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/designations/1").put("validFrom", "2026-01-01").put("validTo", "2030-01-01");

      assertThat(problems(scenario)).containsExactly(problem("designations[1].validTo",
          "a designation lasts at most four years: must be 2029-12-31 or earlier"));
    }

    @Test
    void fourYearsFromALeapDay() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/designations/1").put("validFrom", "2024-02-29").put("validTo", "2028-02-29");

      assertThat(problems(scenario)).containsExactly(problem("designations[1].validTo",
          "a designation lasts at most four years: must be 2028-02-28 or earlier"));
    }

    @Test
    void shareAndPriorVacanciesOnlyOnArticle9() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/designations/0").put("share", 0.5).put("priorVacancies", 3);

      assertThat(problems(scenario)).containsExactly(
          problem("designations[0].share", "only allowed on WBMGP-9 designations"),
          problem("designations[0].priorVacancies", "only allowed on WBMGP-9 designations"));
    }

    @Test
    void designationNamesAStreetOrBuurt() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/designations/0").putArray("buurten");
      object(scenario, "/designations/1").remove("streets");

      assertThat(problems(scenario)).containsExactly(
          problem("designations[0]", "must name at least one street or buurt"),
          problem("designations[1]", "must name at least one street or buurt"));
    }
  }

  @Nested
  class OverlappingArticle9 {

    private static final String ART9_STREET = """
        {'id': 'D-ART9-BRAMEN', 'article': 'WBMGP-9', 'streets': ['ST-BRAMEN'],
         'validFrom': '2027-01-01', 'validTo': '2030-12-31'}""";

    @Test
    void sameBuurtOverlappingInTime() {
      ObjectNode scenario = example(ART9);
      ObjectNode second = copyOf(scenario, "/designations/0");
      second.put("id", "D-ART9-BIS").put("validFrom", "2028-12-31").put("validTo", "2031-12-30");
      array(scenario, "/designations").add(second);

      assertThat(problems(scenario)).containsExactly(problem("designations[1]",
          "overlaps WBMGP-9 designation \"D-ART9-BLOEMHOF\" (designations[0]) on buurt \"BU05991081\""
              + " from 2028-12-31 to 2028-12-31"));
    }

    @Test
    void streetInTheOthersBuurt() {
      ObjectNode scenario = example(ART9);
      array(scenario, "/designations").add(json(ART9_STREET));

      assertThat(problems(scenario)).containsExactly(problem("designations[1]",
          "overlaps WBMGP-9 designation \"D-ART9-BLOEMHOF\" (designations[0]) on street \"ST-BRAMEN\""
              + " in buurt \"BU05991081\" from 2027-01-01 to 2028-12-31"));
    }

    @Test
    void sameStreet() {
      ObjectNode scenario = example(ART9);
      scenario.set("designations", json("[" + ART9_STREET + ", " + ART9_STREET.replace("'D-ART9-BRAMEN'", "'D-ART9-BRAMEN-2'") + "]"));

      assertThat(problems(scenario)).containsExactly(problem("designations[1]",
          "overlaps WBMGP-9 designation \"D-ART9-BRAMEN\" (designations[0]) on street \"ST-BRAMEN\""
              + " from 2027-01-01 to 2030-12-31"));
    }

    @Test
    void consecutiveOrElsewhereOrOtherArticlesAreFine() {
      ObjectNode scenario = example(ART9);
      ArrayNode designations = array(scenario, "/designations");
      designations.add(json(ART9_STREET.replace("2027-01-01", "2029-01-01")));
      designations.add(json(ART9_STREET.replace("D-ART9-BRAMEN", "D-ART9-SLINGE").replace("ST-BRAMEN", "ST-SLINGE")));
      designations.add(json(ART9_STREET.replace("D-ART9-BRAMEN", "D-ART8").replace("WBMGP-9", "WBMGP-8")));

      assertThat(read(scenario).designations()).hasSize(4);
    }

    @Test
    void designationAddedByThePolicyOverlaps() {
      ObjectNode scenario = example(ART9);
      object(scenario, "/policy").putArray("designationsAdd").add(json(ART9_STREET));

      assertThat(problems(scenario)).containsExactly(problem("policy.designationsAdd[0]",
          "overlaps WBMGP-9 designation \"D-ART9-BLOEMHOF\" (designations[0]) on street \"ST-BRAMEN\""
              + " in buurt \"BU05991081\" from 2027-01-01 to 2028-12-31"));
    }

    @Test
    void designationReplacedByThePolicyDoesNotOverlap() {
      ObjectNode scenario = example(ART9);
      ObjectNode policy = object(scenario, "/policy");
      policy.putArray("designationsRemove").add("D-ART9-BLOEMHOF");
      policy.putArray("designationsAdd").add(json(ART9_STREET.replace("D-ART9-BRAMEN", "D-ART9-BLOEMHOF")));

      assertThat(read(scenario).policy().get("designationsAdd")).hasSize(1);
    }

    @Test
    void addedIdMayOnlyReuseARemovedId() {
      ObjectNode scenario = example(ART9);
      object(scenario, "/policy").putArray("designationsAdd")
          .add(json(ART9_STREET.replace("D-ART9-BRAMEN", "D-ART9-BLOEMHOF").replace("WBMGP-9", "WBMGP-8")));

      assertThat(problems(scenario)).containsExactly(problem("policy.designationsAdd[0].id",
          "id \"D-ART9-BLOEMHOF\" is already used by designations[0]; remove that one with designationsRemove"
              + " to replace it"));
    }

    @Test
    void removedIdMustExist() {
      ObjectNode scenario = example(ART9);
      object(scenario, "/policy").putArray("designationsRemove").add("D-ART9-BLOEMHOF").add("D-NOPE");

      assertThat(problems(scenario)).containsExactly(
          problem("policy.designationsRemove[1]", "unknown designation \"D-NOPE\""));
    }

    @Test
    void addedDesignationsAreCheckedLikeTheScenariosOwn() {
      ObjectNode scenario = example(ART9);
      ArrayNode added = object(scenario, "/policy").putArray("designationsAdd");
      added.add(json("""
          {'id': 'D-NEW', 'article': 'WBMGP-10', 'streets': ['ST-NOWHERE'], 'share': 1,
           'validFrom': '2026-01-01', 'validTo': '2030-06-30'}"""));
      added.add(json("{'id': 'D-NEW', 'article': 'WBMGP-8', 'buurten': ['BU1'], "
          + "'validFrom': '2026-01-01', 'validTo': '2026-12-31'}"));

      assertThat(problems(scenario)).containsExactly(
          problem("policy.designationsAdd[0].streets[0]", "unknown street \"ST-NOWHERE\""),
          problem("policy.designationsAdd[0].share", "only allowed on WBMGP-9 designations"),
          problem("policy.designationsAdd[0].validTo",
              "a designation lasts at most four years: must be 2029-12-31 or earlier"),
          problem("policy.designationsAdd[1].id", "duplicate id \"D-NEW\" (first at policy.designationsAdd[0])"));
    }
  }

  @Nested
  class ParameterYears {

    private static final String YEAR_2031 = """
        {'2031': {'passendIncomeLimit': {'SINGLE': 31000, 'SINGLE_AOW': 30000, 'MULTI': 42000, 'MULTI_AOW': 41000},
                  'aftoppingsgrensLaag': 750, 'aftoppingsgrensHoog': 800, 'kwaliteitskortingsgrens': 520,
                  'daebRentLimit': 980, 'daebIncomeLimit': {'SINGLE': 54000, 'MULTI': 60000},
                  'daebFreeShare': 0.075, 'passendExceptionShare': 0.05}}""";

    @Test
    void vacancyInAYearWithoutParameters() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/vacancies/1").put("publishedOn", "2031-01-05");

      assertThat(problems(scenario)).containsExactly(
          problem("vacancies[1].publishedOn", "no parameters for year 2031"));
    }

    @Test
    void policyCanSupplyAWholeYear() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/vacancies/1").put("publishedOn", "2031-01-05");
      object(scenario, "/policy").set("years", json(YEAR_2031));

      assertThat(read(scenario).vacancies().get(1).publishedOn().getYear()).isEqualTo(2031);
    }

    @Test
    void partialYearInThePolicyIsStillUnknown() {
      ObjectNode scenario = example(PASSEND);
      object(scenario, "/vacancies/0").put("publishedOn", "2031-01-05");
      object(scenario, "/policy").set("years", json("{'2031': {'daebRentLimit': 980}}"));

      assertThat(problems(scenario)).containsExactly(
          problem("vacancies[0].publishedOn", "no parameters for year 2031"));
    }

    @Test
    void referenceDateNeedsParametersOnlyWithClients() {
      ObjectNode scenario = example(PASSEND);
      scenario.put("referenceDate", "2019-06-01");
      read(scenario);

      scenario.putArray("clients").add(json(CLIENT));

      assertThat(problems(scenario)).containsExactly(problem("referenceDate", "no parameters for year 2019"));
    }
  }

  @Test
  void severalRelationProblemsAreAllReportedInDocumentOrder() {
    ObjectNode scenario = example(ART9);
    array(scenario, "/vacancies/3/respondents").add("S-GHOST");
    object(scenario, "/units/0").put("street", "ST-GHOST");
    object(scenario, "/urgentQuotas/0").put("urgentLettingsSoFar", 9);
    object(scenario, "/vacancies/1").put("publishedOn", "2032-02-02");
    array(scenario, "/seekers").add(copyOf(scenario, "/seekers/0"));
    object(scenario, "/policy").putArray("designationsRemove").add("D-GHOST");

    assertThat(problems(scenario)).containsExactly(
        problem("policy.designationsRemove[0]", "unknown designation \"D-GHOST\""),
        problem("urgentQuotas[0].urgentLettingsSoFar", "must not exceed lettingsSoFar (3)"),
        problem("units[0].street", "unknown street \"ST-GHOST\""),
        problem("seekers[6].id", "duplicate id \"S-URG1\" (first at seekers[0])"),
        problem("vacancies[1].publishedOn", "no parameters for year 2032"),
        problem("vacancies[3].respondents[6]", "unknown seeker \"S-GHOST\""));
  }

  @Test
  void validatorCanCheckAScenarioBuiltInCode() {
    Scenario scenario = read(example(PASSEND));
    Scenario broken = new Scenario(scenario.format(), scenario.referenceDate(), scenario.policy(), scenario.areas(),
        scenario.designations(), scenario.urgentQuotas(), scenario.ownerState(), scenario.units(),
        scenario.seekers(), scenario.vacancies(), scenario.clients(), scenario.careProviders(),
        List.of("U-MISSING"));

    assertThat(ScenarioValidator.check(scenario)).isEmpty();
    assertThat(ScenarioValidator.check(broken)).containsExactly(
        problem("directOffers[0]", "unknown unit \"U-MISSING\""));
  }
}
