package nl.veerkracht.app.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import nl.veerkracht.app.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every kind of entry reads as a sentence made from its stored content, in Dutch and in English. */
class EntrySummariesTest {

  static final Locale DUTCH = Locale.forLanguageTag("nl");

  final EntrySummaries summaries = new EntrySummaries(bundles());

  static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  static AuditEntry entry(String kind, String subject, String actor, String content) {
    return new AuditEntry(7, kind, subject, actor, Instant.parse("2026-03-02T09:15:00Z"), content, "0", "1");
  }

  @Test
  void aRejectedMatchSaysWhoRejectedWhichMatchWithWhatReason() {
    AuditEntry reject = entry("MATCH_ACTION", "match 12", "officer", "{\"action\":\"REJECT\",\"client\":\"C-7\","
        + "\"from\":\"PROPOSED\",\"match\":\"12\",\"plan\":\"3\",\"reason\":\"te ver van het netwerk\","
        + "\"to\":\"REJECTED\",\"unit\":\"U-1\"}");

    assertThat(summaries.summary(reject, DUTCH))
        .isEqualTo("officer wees match 12 af (cliënt C-7 in woning U-1), reden: te ver van het netwerk.");
    assertThat(summaries.summary(reject, Locale.ENGLISH))
        .isEqualTo("officer rejected match 12 (client C-7 in dwelling U-1), reason: te ver van het netwerk.");
  }

  @Test
  void aSwapNamesBothDwellings() {
    AuditEntry swap = entry("MATCH_ACTION", "match 12", "officer", "{\"action\":\"SWAP\",\"client\":\"C-7\","
        + "\"from\":\"U-1\",\"match\":\"12\",\"plan\":\"3\",\"to\":\"U-2\"}");

    assertThat(summaries.summary(swap, DUTCH))
        .isEqualTo("officer koos in match 12 voor cliënt C-7 woning U-2 in plaats van woning U-1.");
  }

  @Test
  void aDecisionNamesTheDwellingItsDayAndTheWinner() {
    AuditEntry decision = entry("DECISION", "U-VIOLIER-12", "officer", "{\"outcome\":{\"unit\":\"U-VIOLIER-12\","
        + "\"publishedOn\":\"2026-03-02\",\"winner\":\"S-BRAM\",\"winnerGroup\":\"REGULAR\"}}");
    AuditEntry unlet = entry("DECISION", "U-1", "officer", "{\"outcome\":{\"unit\":\"U-1\","
        + "\"publishedOn\":\"2026-03-02\",\"winner\":null,\"winnerGroup\":null}}");

    assertThat(summaries.summary(decision, DUTCH)).isEqualTo(
        "officer legde beslissing 7 vast: woning U-VIOLIER-12 (gepubliceerd 2 maart 2026) toegewezen aan S-BRAM"
            + " (groep Regulier).");
    assertThat(summaries.summary(unlet, Locale.ENGLISH)).isEqualTo("officer recorded decision 7: dwelling U-1"
        + " (published 2 March 2026) let to nobody, as no respondent was eligible.");
  }

  @Test
  void countsAreWrittenTheDutchWayAndIdsAreNot() {
    AuditEntry evaluation = entry("EVALUATION", "dataset 1234", "demo", "{\"dataset\":\"1234\","
        + "\"decisions\":[\"1001\",\"1002\",\"2868\"],\"let\":2}");
    AuditEntry plan = entry("PLAN", "plan 3", "officer", "{\"dataset\":\"1234\",\"placed\":1250,\"plan\":\"3\","
        + "\"proposals\":[],\"unassigned\":[\"C-1\",\"C-2\"]}");

    assertThat(summaries.summary(evaluation, DUTCH)).isEqualTo(
        "demo liet de 3 vacatures van dataset 1234 toewijzen: 2 toegewezen, beslissingen 1001 tot en met 2868.");
    assertThat(summaries.summary(plan, DUTCH))
        .isEqualTo("officer maakte plan 3 op dataset 1234: 1.250 cliënten geplaatst, 2 niet geplaatst.");
  }

  @Test
  void readsSayWhatWasRead() {
    assertThat(summaries.summary(entry("SENSITIVE_READ", "decision 9", "auditor", "{\"decision\":\"9\"}"), DUTCH))
        .isEqualTo("auditor las beslissing 9, met screeningsgegevens.");
    assertThat(summaries.summary(entry("SENSITIVE_READ", "client C-7", "auditor", "{\"client\":\"C-7\"}"),
        Locale.ENGLISH)).isEqualTo("auditor read the history of client or seeker C-7.");
  }

  @Test
  void anActionWithoutAMessageOfItsOwnStillSaysWhoDidWhatToWhat() {
    AuditEntry unknown = entry("MATCH_ACTION", "match 12", "officer", "{\"action\":\"ARCHIVE\",\"match\":\"12\"}");

    assertThat(summaries.summary(unknown, DUTCH)).isEqualTo("officer: MATCH_ACTION over match 12.");
  }
}
