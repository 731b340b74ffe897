package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trace's texts: stored as messages, rendered late, in Dutch by default and in Dutch formats. */
class TraceTextsTest {

  private final RuleBase current = RuleBase.current();

  @Test
  void bothLanguagesHaveATemplateForEveryCode() throws IOException {
    assertThat(texts(Language.NL).stringPropertyNames()).isEqualTo(texts(Language.EN).stringPropertyNames());
  }

  @ParameterizedTest
  @ValueSource(strings = {"01-rotterdamwet-art8-art10-passend", "02-art9-half-and-urgent-quota",
      "03-daeb-and-passend-owner-norms"})
  void everyEntryOfTheSpecExamplesRendersInBothLanguagesWithItsLegalSource(String example) throws IOException {
    Evaluation evaluation = LettingRun.evaluate(ScenarioReader.read(resource(example + ".scenario.json")), current);
    for (Language language : Language.values()) {
      for (TraceEntry entry : entries(evaluation.rendered(language))) {
        assertThat(entry.detail()).as(entry.message()).doesNotContain("{", "?").doesNotStartWith(entry.message());
        assertThat(entry.law()).isEqualTo(LegalSource.forBasis(entry.basis()).law(language));
        assertThat(entry.link()).isEqualTo(LegalSource.forBasis(entry.basis()).link());
        assertThat(entry.article()).isNotBlank();
      }
    }
    assertThat(entries(evaluation)).allSatisfy(entry -> {
      assertThat(entry.detail()).as("stored without words").isNull();
      assertThat(entry.message()).isNotBlank();
    });
  }

  @Test
  void dutchReadsDutchAmountsSharesAndDatesEnglishOnRequest() {
    Message refusal = Message.of("passend.refused").arg("income", "29399").arg("incomeLimit", "29400")
        .arg("householdSize", "1").arg("householdType", "SINGLE").arg("rent", "1713.03").arg("aftoppingsgrens", "713.02")
        .arg("owner", "Woonstad").arg("exceptions", "0").arg("targetLettings", "1234").arg("share", "0.075").build();

    String dutch = current.texts().render(refusal, Language.NL);
    String english = current.texts().render(refusal, Language.EN);

    assertThat(dutch).contains("€ 29.399,00", "€ 1.713,03", "eenpersoonshuishouden", "1.234 toewijzingen", "> 7,5%",
        "zoals het model telt", "niet zelf door de wet uitgesloten");
    assertThat(english).contains("€29,399.00", "€1,713.03", "one-person household", "> 7.5%", "as the model counts it",
        "not barred by law");
    Message urgency = Message.of("urgency.priority").arg("ground", "MEDICAL").arg("validUntil", "2026-03-02")
        .arg("date", "2026-12-04").build();
    assertThat(current.texts().render(urgency, Language.NL)).contains("2 maart 2026", "4 december 2026",
        "medische urgentie");
  }

  @Test
  void aThresholdIsNeverRoundedOver() {
    Message art8 = Message.of("art8.refused").arg("unit", "U1").arg("designation", "D8").arg("years", "5.999")
        .arg("minYears", "6").arg("source", "SOCIAL_ASSISTANCE").arg("sources", "EMPLOYMENT,AOW").build();

    assertThat(current.texts().render(art8, Language.NL)).contains("5,999 jaar", "minder dan 6", "bijstand",
        "loondienst, AOW");
  }

  @Test
  void anEntryRecordedBeforeTextsWereDataShowsItsRecordedWordsWithTheRightLaw() {
    TraceEntry old = new TraceEntry("Art. 8: income requirement in a designated area", "WBMGP-8", "REFUSED", null,
        null, "unit U1 is covered by art. 8 designation D8; the household has lived 5.99 years", null, null, null);

    TraceEntry shown = RuleBase.version("2026.1").render(old, Language.NL);

    assertThat(shown.detail()).isEqualTo(old.detail());
    assertThat(shown.link()).isEqualTo("https://wetten.overheid.nl/jci1.3:c:BWBR0019388&artikel=8");
    assertThat(shown.rule()).isEqualTo(old.rule());
  }

  @Test
  void renderingLeavesTheRecordAsItWas() {
    Message message = Message.of("art10.none").arg("unit", "U1").arg("designation", "D10").build();
    TraceEntry stored = TraceEntry.of(current.catalogue().get("Art. 10: screening required before an offer"), message);

    TraceEntry shown = current.render(stored, Language.EN);

    assertThat(shown.message()).isEqualTo(stored.message());
    assertThat(shown.args()).isEqualTo(Map.of("unit", "U1", "designation", "D10"));
    assertThat(stored.detail()).isNull();
    assertThat(shown.detail()).contains("provisional");
  }

  private static List<TraceEntry> entries(Evaluation evaluation) {
    List<TraceEntry> entries = new ArrayList<>();
    evaluation.vacancies().forEach(vacancy -> {
      entries.addAll(vacancy.trace());
      vacancy.candidates().forEach(candidate -> entries.addAll(candidate.trace()));
    });
    return entries;
  }

  private static Properties texts(Language language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TraceTextsTest.class.getClassLoader().getResourceAsStream(
        "nl/veerkracht/rules/base/" + RuleBase.CURRENT_VERSION + "/" + TraceTexts.file(language))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TraceTextsTest.class.getResourceAsStream("/examples/" + name)) {
      return in.readAllBytes();
    }
  }
}
