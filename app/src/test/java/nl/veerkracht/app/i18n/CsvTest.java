package nl.veerkracht.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void dutchCsvHasSemicolonsDecimalCommasAndAByteOrderMark() {
    Csv csv = Csv.table(Formats.DUTCH, List.of("Woning", "Huur", "Peildatum", "Vastgelegd"))
        .row("U1;a", new BigDecimal("1234.56"), LocalDate.of(2026, 12, 4), Instant.parse("2026-12-04T16:05:00Z"))
        .row("U2", 33.300000000000004, null, null);

    assertThat(csv.text()).isEqualTo("""
        Woning;Huur;Peildatum;Vastgelegd\r
        "U1;a";1234,56;04-12-2026;04-12-2026 17:05\r
        U2;33,3;;\r
        """);
    byte[] bytes = csv.bytes();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + csv.text());
  }

  @Test
  void englishCsvHasCommasAndDecimalPoints() {
    Csv csv = Csv.table(Locale.ENGLISH, List.of("unit", "rent", "codes"))
        .row("U1,a", 1234.5, List.of("PASSEND", "DAEB"));

    assertThat(csv.text()).isEqualTo("unit,rent,codes\r\n\"U1,a\",1234.5,\"PASSEND, DAEB\"\r\n");
  }
}
