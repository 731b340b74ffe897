package nl.veerkracht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.Test;

class LegalParametersTest {

  private static final LegalParameters BUNDLED = LegalParameters.bundled();

  private static JsonNode json(String text) {
    try {
      return ScenarioJson.mapper().readTree(text.replace('\'', '"'));
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static YearParameters year2026(String override) {
    return BUNDLED.forYear(2026, json(override)).orElseThrow();
  }

  @Test
  void bundledYearHasEveryThreshold() {
    YearParameters year = BUNDLED.forYear(2026).orElseThrow();

    assertThat(year.year()).isEqualTo(2026);
    assertThat(year.passendIncomeLimit()).containsOnlyKeys(HouseholdType.values());
    assertThat(year.passendIncomeLimitFor(1, true)).isEqualByComparingTo("28775");
    assertThat(year.passendIncomeLimitFor(3, false)).isEqualByComparingTo("39925");
    assertThat(year.aftoppingsgrensFor(2)).isEqualTo(new BigDecimal("713.02"));
    assertThat(year.aftoppingsgrensFor(3)).isEqualTo(new BigDecimal("764.14"));
    assertThat(year.kwaliteitskortingsgrens()).isEqualTo(new BigDecimal("498.20"));
    assertThat(year.daebRentLimit()).isEqualTo(new BigDecimal("932.93"));
    assertThat(year.daebIncomeLimitFor(1)).isEqualByComparingTo("51537");
    assertThat(year.daebIncomeLimitFor(2)).isEqualByComparingTo("56910");
  }

  @Test
  void sharesAreExact() {
    YearParameters year = BUNDLED.forYear(2025).orElseThrow();

    assertThat(year.daebFreeShare().numerator()).isEqualTo(3);
    assertThat(year.daebFreeShare().denominator()).isEqualTo(40);
    assertThat(year.passendExceptionShare().compareRatio(BigInteger.ONE, BigInteger.valueOf(20))).isZero();
  }

  @Test
  void yearWithoutParametersIsUnknown() {
    assertThat(BUNDLED.forYear(2031)).isEmpty();
    assertThat(BUNDLED.forYear(2024, null)).isEmpty();
  }

  @Test
  void overrideChangesOnlyTheFieldsItNames() {
    YearParameters year = year2026("{'2026': {'passendIncomeLimit': {'SINGLE': 30000}, 'daebFreeShare': '3/20'}}");

    assertThat(year.passendIncomeLimit().get(HouseholdType.SINGLE)).isEqualByComparingTo("30000");
    assertThat(year.passendIncomeLimit().get(HouseholdType.MULTI)).isEqualByComparingTo("39925");
    assertThat(year.daebFreeShare().written()).isEqualTo("3/20");
    assertThat(year.daebRentLimit()).isEqualTo(new BigDecimal("932.93"));
  }

  @Test
  void overrideOfAnotherYearLeavesThisYearAlone() {
    assertThat(year2026("{'2025': {'daebRentLimit': 1}}")).isEqualTo(BUNDLED.forYear(2026).orElseThrow());
  }

  @Test
  void newYearIsKnownOnlyWhenComplete() {
    String partial = "{'2031': {'passendIncomeLimit': {'SINGLE': 31000, 'SINGLE_AOW': 30000, 'MULTI': 42000},"
        + " 'aftoppingsgrensLaag': 750, 'aftoppingsgrensHoog': 800, 'kwaliteitskortingsgrens': 520,"
        + " 'daebRentLimit': 980, 'daebIncomeLimit': {'SINGLE': 54000, 'MULTI': 60000},"
        + " 'daebFreeShare': 0.075, 'passendExceptionShare': 0.05}}";
    String complete = partial.replace("'MULTI': 42000", "'MULTI': 42000, 'MULTI_AOW': 41000");

    assertThat(BUNDLED.forYear(2031, json(partial))).isEmpty();
    assertThat(BUNDLED.forYear(2031, json(complete))).hasValueSatisfying(
        year -> assertThat(year.passendIncomeLimitFor(2, true)).isEqualByComparingTo("41000"));
  }

  @Test
  void householdTypes() {
    assertThat(HouseholdType.of(1, false)).isEqualTo(HouseholdType.SINGLE);
    assertThat(HouseholdType.of(1, true)).isEqualTo(HouseholdType.SINGLE_AOW);
    assertThat(HouseholdType.of(2, false)).isEqualTo(HouseholdType.MULTI);
    assertThat(HouseholdType.of(4, true)).isEqualTo(HouseholdType.MULTI_AOW);
  }

  @Test
  void parametersCanComeFromAnyDocumentOfTheSameShape() {
    LegalParameters parameters = LegalParameters.of(json("{'years': {'2030': {}}}"));

    assertThat(parameters.forYear(2030)).isEmpty();
    assertThat(parameters.forYear(2026)).isEmpty();
  }
}
