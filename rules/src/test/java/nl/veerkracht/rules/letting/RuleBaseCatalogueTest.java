package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rule base's catalogue: every rule names its code, outcome and legal basis. */
class RuleBaseCatalogueTest {

  /** The rule codes of rules.md. */
  private static final Set<String> CODES = Set.of("WBMGP-8", "WBMGP-9", "WBMGP-10", "PASSEND", "DAEB", "URGENCY",
      "URGENT-QUOTA", "REGISTRATION");
  /** The outcomes interfaces.md names for trace entries. */
  private static final Set<String> OUTCOMES = Set.of("ELIGIBLE", "REFUSED", "NOTED", "PRIORITY", "NO_PRIORITY",
      "SUSPENDED", "RANKED", "PASSED", "PENDING");

  private final Map<String, RuleInfo> catalogue = RuleBase.current().catalogue();

  @Test
  void everyRuleHasItsMetadata() {
    assertThat(catalogue).hasSize(27);
    catalogue.forEach((name, rule) -> {
      assertThat(rule.name()).isEqualTo(name);
      assertThat(rule.basis()).as("basis of %s", name).isIn(CODES);
      assertThat(rule.outcome()).as("outcome of %s", name).isIn(OUTCOMES);
      assertThat(rule.law()).as("law of %s", name).isNotBlank();
      assertThat(rule.nameNl()).as("Dutch name of %s", name).isNotBlank().isNotEqualTo(name);
      assertThat(rule.article()).as("article of %s", name).isNotBlank();
      assertThat(rule.link()).as("link of %s", name).startsWith("https://");
    });
  }

  @Test
  void everyCodeOfTheSpecificationHasARule() {
    Set<String> codes = new TreeSet<>();
    catalogue.values().forEach(rule -> codes.add(rule.basis()));
    assertThat(codes).isEqualTo(new TreeSet<>(CODES));
  }

  @Test
  void onlyTheEligibilityRulesRefuse() {
    catalogue.values().stream().filter(rule -> rule.outcome().equals("REFUSED"))
        .forEach(rule -> assertThat(rule.basis()).isIn("WBMGP-8", "WBMGP-10", "PASSEND", "DAEB"));
    assertThat(catalogue.values().stream().filter(rule -> rule.outcome().equals("REFUSED")).map(RuleInfo::basis))
        .containsExactlyInAnyOrder("WBMGP-8", "WBMGP-10", "PASSEND", "DAEB");
  }

  @Test
  void theRuleBaseIsCompiledOnceAndIdentifiedByVersionAndHash() {
    RuleBase current = RuleBase.current();

    assertThat(RuleBase.current()).isSameAs(current);
    assertThat(RuleBase.version(RuleBase.CURRENT_VERSION)).isSameAs(current);
    assertThat(current.version()).isEqualTo(RuleBase.CURRENT_VERSION);
    assertThat(current.hash()).matches("sha256:[0-9a-f]{64}");
    assertThatThrownBy(() -> RuleBase.version("1999.1")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The current version runs from the executable model the build generated from its DRL (nothing is
   * parsed or compiled at run time); an older version kept for replay is compiled from its DRL.
   */
  @Test
  void theCurrentVersionRunsFromItsGeneratedExecutableModel() {
    assertThat(RuleBase.current().executableModel()).isTrue();
    assertThat(RuleBase.version("2026.1").executableModel()).isFalse();
  }

  /** Decisions were recorded with version 2026.1 under this hash: moving its parameters into its folder kept it. */
  @Test
  void version2026Point1KeepsTheHashItsDecisionsWereRecordedWith() {
    assertThat(RuleBase.version("2026.1").hash())
        .isEqualTo("sha256:7178a129200dd9b1980e92d16eff8d3f4bdc6cce9497273f3df25ee696b1d0ec");
  }
}
