package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The table of legal sources: every rule of every version rests on a source of it, and every link points at an article's text. */
class LegalSourceTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026.1", "2026.2", RuleBase.CURRENT_VERSION})
  void everyRuleOfEveryVersionTakesItsSourceFromTheTable(String version) {
    RuleBase.version(version).catalogue().values().forEach(rule -> {
      assertThat(List.of(LegalSource.values())).as("source of %s", rule.name()).contains(rule.source());
      assertThat(rule.source()).isEqualTo(LegalSource.forBasis(rule.basis()));
      assertThat(rule.link()).isEqualTo(rule.source().link());
    });
  }

  @ParameterizedTest
  @EnumSource(LegalSource.class)
  void aStatuteOrOrdinanceIsLinkedByItsIdentifierToTheArticleNeverToAPortal(LegalSource source) {
    assertThat(source.link()).startsWith("https://");
    assertThat(source.law(Language.NL)).isNotBlank();
    assertThat(source.law(Language.EN)).isNotBlank();
    switch (source.kind()) {
      case STATUTE -> {
        assertThat(source.identifier()).matches("BWBR\\d{7}");
        assertThat(source.link()).isEqualTo("https://wetten.overheid.nl/jci1.3:c:" + source.identifier() + "&artikel="
            + source.article().replaceAll("^art\\. (\\w+).*$", "$1"));
      }
      case ORDINANCE -> {
        assertThat(source.identifier()).matches("CVDR\\d+");
        assertThat(source.link()).isEqualTo("https://lokaleregelgeving.overheid.nl/" + source.identifier());
      }
      case POLICY -> {
        assertThat(source.identifier()).isNull();
        assertThat(source.law(Language.NL)).startsWith("Geen wettelijke grondslag");
        assertThat(source.law(Language.EN)).startsWith("No statutory basis");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"WBMGP-8", "WBMGP-9", "WBMGP-10"})
  void theRotterdamwetIsTheWbmgpOfItsOwnIdentifier(String basis) {
    assertThat(LegalSource.forBasis(basis).identifier()).isEqualTo("BWBR0019388");
  }
}
