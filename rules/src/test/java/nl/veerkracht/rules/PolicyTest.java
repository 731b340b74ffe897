package nl.veerkracht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.SupportLevel;
import org.junit.jupiter.api.Test;

/**
 * The effective policy and its hash: SHA-256 over canonical JSON (keys sorted, no white space,
 * numbers as written) of the baseline plus the overrides.
 */
class PolicyTest {

  /** A policy object as a validated scenario would hold it, written with single quotes. */
  private static ObjectNode policy(String json) {
    try {
      return (ObjectNode) ScenarioJson.mapper().readTree(json.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hashOf(String json) {
    return Policy.of(policy(json)).hash();
  }

  @Test
  void theHashIsTheSha256OfTheCanonicalJson() throws NoSuchAlgorithmException {
    Policy baseline = Policy.baseline();
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(baseline.canonicalJson().getBytes(StandardCharsets.UTF_8));

    assertThat(baseline.hash()).isEqualTo("sha256:" + HexFormat.of().formatHex(digest));
    assertThat(baseline.hash()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void theCanonicalJsonHasSortedKeysAndNoWhiteSpace() {
    String canonical = Policy.baseline().canonicalJson();

    assertThat(canonical).startsWith("{\"art8IncomeSources\":[\"EMPLOYMENT\",");
    assertThat(canonical).doesNotContain(" ", "\n");
    assertThat(canonical).containsSubsequence("\"art8IncomeSources\"", "\"art8MinYearsInRegion\"",
        "\"art9AboveUrgent\"", "\"art9Characteristics\"", "\"art9ShareOverride\"", "\"capacityUse\"",
        "\"designationsAdd\"", "\"designationsRemove\"", "\"model\"", "\"name\"", "\"rentSteering\"",
        "\"urgentQuotaDefault\"", "\"years\"");
    assertThat(canonical).contains("\"aftoppingsgrensLaag\":713.02", "\"kwaliteitskortingsgrens\":498.20");
  }

  @Test
  void theHashIsStable() {
    assertThat(Policy.baseline().hash()).isEqualTo(Policy.baseline().hash()).isEqualTo(Policy.of(null).hash());
    assertThat(hashOf("{'name': 'v', 'art9AboveUrgent': true}")).isEqualTo(hashOf("{'name': 'v', 'art9AboveUrgent': true}"));
  }

  @Test
  void theHashIsInsensitiveToKeyOrder() {
    assertThat(hashOf("{'name': 'v', 'art9AboveUrgent': true, 'urgentQuotaDefault': 0.5}"))
        .isEqualTo(hashOf("{'urgentQuotaDefault': 0.5, 'art9AboveUrgent': true, 'name': 'v'}"));
    assertThat(hashOf("{'name': 'v', 'years': {'2026': {'passendIncomeLimit': {'SINGLE': 30000, 'MULTI': 41000},"
        + " 'daebFreeShare': 0.1}}}"))
        .isEqualTo(hashOf("{'years': {'2026': {'daebFreeShare': 0.1, 'passendIncomeLimit': {'MULTI': 41000,"
            + " 'SINGLE': 30000}}}, 'name': 'v'}"));
  }

  @Test
  void overridingAFieldWithItsBaselineValueIsTheBaseline() {
    // the hash is taken over the effective policy, so writing out a baseline value changes nothing
    assertThat(hashOf("{'name': 'baseline'}")).isEqualTo(Policy.baseline().hash());
    assertThat(hashOf("{'name': 'baseline', 'art9AboveUrgent': false, 'art8MinYearsInRegion': 6,"
        + " 'capacityUse': {'INTENSIVE': 2}, 'years': {'2026': {'daebFreeShare': 0.075}}}"))
        .isEqualTo(Policy.baseline().hash());
    assertThat(Policy.of(policy("{'name': 'baseline'}"))).isEqualTo(Policy.baseline());
  }

  @Test
  void numbersAreHashedAsWritten() {
    // 0.5 and 0.50 are the same share, but the hash is over the policy as written
    assertThat(hashOf("{'name': 'v', 'urgentQuotaDefault': 0.5}"))
        .isNotEqualTo(hashOf("{'name': 'v', 'urgentQuotaDefault': 0.50}"))
        .isNotEqualTo(hashOf("{'name': 'v', 'urgentQuotaDefault': '1/2'}"));
    assertThat(hashOf("{'name': 'baseline', 'years': {'2026': {'daebFreeShare': 0.0750}}}"))
        .isNotEqualTo(Policy.baseline().hash());
    assertThat(Policy.of(policy("{'name': 'v', 'urgentQuotaDefault': 0.50}")).canonicalJson())
        .contains("\"urgentQuotaDefault\":0.50");
  }

  @Test
  void theNameIsPartOfTheHash() {
    assertThat(hashOf("{'name': 'variant'}")).isNotEqualTo(Policy.baseline().hash());
  }

  @Test
  void yearsAreMergedFieldByFieldAtEveryLevel() {
    Policy policy = Policy.of(policy("{'name': 'v', 'years': {'2026': {'passendIncomeLimit': {'SINGLE': 30000}}}}"));
    YearParameters year = policy.parametersFor(2026).orElseThrow();

    assertThat(year.passendIncomeLimit().get(HouseholdType.SINGLE)).isEqualByComparingTo("30000");
    assertThat(year.passendIncomeLimit().get(HouseholdType.SINGLE_AOW)).isEqualByComparingTo("28775");
    assertThat(year.passendIncomeLimit().get(HouseholdType.MULTI)).isEqualByComparingTo("39925");
    assertThat(year.aftoppingsgrensLaag()).isEqualTo(new BigDecimal("713.02"));
    assertThat(policy.parametersFor(2025)).isEqualTo(Policy.baseline().parametersFor(2025));
    assertThat(policy.json().at("/years/2026/passendIncomeLimit/MULTI").decimalValue())
        .isEqualByComparingTo("39925");
    assertThat(policy.json().at("/years/2025/aftoppingsgrensLaag").decimalValue())
        .isEqualTo(new BigDecimal("682.96"));
  }

  @Test
  void aYearIsKnownOnlyWhenCompleteAfterMerging() {
    assertThat(Policy.baseline().parametersFor(2027)).isEmpty();
    assertThat(Policy.of(policy("{'name': 'v', 'years': {'2027': {'aftoppingsgrensLaag': 730}}}"))
        .parametersFor(2027)).isEmpty();
    String complete2027 = "{'name': 'v', 'years': {'2027': {"
        + "'passendIncomeLimit': {'SINGLE': 30100, 'SINGLE_AOW': 29450, 'MULTI': 40900, 'MULTI_AOW': 39600},"
        + " 'aftoppingsgrensLaag': 730.10, 'aftoppingsgrensHoog': 782.45, 'kwaliteitskortingsgrens': 510.00,"
        + " 'daebRentLimit': 955.20, 'daebIncomeLimit': {'SINGLE': 52800, 'MULTI': 58300},"
        + " 'daebFreeShare': '1/10', 'passendExceptionShare': 0.05}}}";
    YearParameters year = Policy.of(policy(complete2027)).parametersFor(2027).orElseThrow();

    assertThat(year.aftoppingsgrensLaag()).isEqualTo(new BigDecimal("730.10"));
    assertThat(year.daebFreeShare().written()).isEqualTo("1/10");
  }

  @Test
  void otherOverridesReplaceOrMerge() {
    Policy policy = Policy.of(policy("{'name': 'v', 'capacityUse': {'INTENSIVE': 3},"
        + " 'art8IncomeSources': ['EMPLOYMENT'], 'art9ShareOverride': '2/3', 'urgentQuotaDefault': 0.25,"
        + " 'art8MinYearsInRegion': 5.5}"));

    assertThat(policy.capacityUse()).containsEntry(SupportLevel.LIGHT, 1).containsEntry(SupportLevel.MEDIUM, 1)
        .containsEntry(SupportLevel.INTENSIVE, 3);
    assertThat(policy.art8IncomeSources()).hasSize(1);
    assertThat(policy.art9ShareOverride().written()).isEqualTo("2/3");
    assertThat(policy.urgentQuotaDefault().written()).isEqualTo("0.25");
    assertThat(policy.art8MinYearsInRegion()).isEqualTo(new BigDecimal("5.5"));
    assertThat(Policy.baseline().art9ShareOverride()).isNull();
    assertThat(Policy.baseline().urgentQuotaDefault()).isNull();
  }
}
