package nl.veerkracht.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.veerkracht.scenario.Share;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private final Formats dutch = Formats.of(Formats.DUTCH);
  private final Formats english = Formats.of(Locale.ENGLISH);

  @Test
  void amountsInDutchHaveTheEuroSignASpaceThousandsDotsAndADecimalComma() {
    assertThat(dutch.amount(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
    assertThat(dutch.amount(648.2)).isEqualTo("€ 648,20");
    assertThat(english.amount(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
  }

  @Test
  void decimalsUseTheCommaAndDropTrailingZeros() {
    assertThat(dutch.decimal(45.2)).isEqualTo("45,2");
    assertThat(dutch.decimal(new BigDecimal("45.20"))).isEqualTo("45,2");
    assertThat(dutch.decimal(12345)).isEqualTo("12.345");
    assertThat(dutch.decimal(-0.001)).isEqualTo("0");
    assertThat(dutch.decimal(2.0 / 3, 3)).isEqualTo("0,667");
    assertThat(english.decimal(45.2)).isEqualTo("45.2");
    assertThat(dutch.integer(1234567)).isEqualTo("1.234.567");
  }

  @Test
  void percentagesHaveNoFloatingPointArtefacts() {
    assertThat(dutch.percent(0.954)).isEqualTo("95,4%");
    assertThat(dutch.percentage(33.300000000000004)).isEqualTo("33,3%");
    assertThat(dutch.percent(1.0 / 3)).isEqualTo("33,3%");
    assertThat(english.percentage(95.45)).isEqualTo("95.5%");
  }

  @Test
  void sharesAreFractionsAsWrittenOrPercentages() {
    assertThat(dutch.share(Share.parseFraction("2/3"))).isEqualTo("2/3");
    assertThat(dutch.share(Share.ofDecimal(new BigDecimal("0.075")))).isEqualTo("7,5%");
    assertThat(english.share(Share.ofDecimal(new BigDecimal("0.25")))).isEqualTo("25%");
  }

  @Test
  void datesInWordsAndInDigits() {
    LocalDate day = LocalDate.of(2026, 12, 4);
    assertThat(dutch.date(day)).isEqualTo("4 december 2026");
    assertThat(dutch.shortDate(day)).isEqualTo("04-12-2026");
    assertThat(dutch.date("2026-03-01")).isEqualTo("1 maart 2026");
    assertThat(english.date(day)).isEqualTo("4 December 2026");
  }

  @Test
  void instantsAreShownInAmsterdamTimeNeverAsUtc() {
    Instant winter = Instant.parse("2026-12-04T16:05:00Z");
    assertThat(dutch.dateTime(winter)).isEqualTo("4 december 2026 17:05");
    assertThat(dutch.shortDateTime("2026-07-01T22:30:00Z")).isEqualTo("02-07-2026 00:30");
    assertThat(dutch.date(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("1 januari 2027");
  }

  @Test
  void nullIsEmpty() {
    assertThat(dutch.amount(null)).isEmpty();
    assertThat(dutch.date(null)).isEmpty();
    assertThat(dutch.dateTime(null)).isEmpty();
  }

  @Test
  void anyLanguageButEnglishGetsDutch() {
    assertThat(Formats.of(Locale.GERMAN).decimal(45.2)).isEqualTo("45,2");
    assertThat(Formats.of(Locale.UK).decimal(45.2)).isEqualTo("45.2");
  }
}
