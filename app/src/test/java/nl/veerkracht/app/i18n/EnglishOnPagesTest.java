package nl.veerkracht.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnglishOnPagesTest {

  private final EnglishOnPages check = EnglishOnPages.of(
      Map.of("a", "Klaar", "b", "{0} van {1} cliënten geplaatst", "c", "Plan {0}"),
      Map.of("a", "Done", "b", "{0} of {1} clients placed", "c", "Plan {0}"));

  @Test
  void aDutchPageHasNothingToReport() {
    assertThat(check.in("<h1>Plan 4</h1><p>3 van 5 cliënten geplaatst, huur € 1.234,56; 95,4%; 4 december 2026</p>"
        + "<code>2026.1</code><input value=\"2026-03-01\">")).isEmpty();
  }

  @Test
  void findsEnglishTextsAndFragmentsBetweenParameters() {
    assertThat(check.in("<td>Done</td>")).containsExactly("English text: Done");
    assertThat(check.in("<p>3 of 5 clients placed</p>")).containsExactly("English text: clients placed");
    assertThat(check.englishTexts()).doesNotContain("Plan");
  }

  @Test
  void findsEnglishNumbersIsoDatesAndRawInstants() {
    assertThat(check.in("<td>45.2</td>")).hasSize(1);
    assertThat(check.in("<td>€ 634.46</td>")).hasSize(1);
    assertThat(check.in("<td>33.300000000000004%</td>")).hasSize(1);
    assertThat(check.in("<td>1.234.567</td>")).isEmpty();
    assertThat(check.in("<td>2026-03-01</td>")).hasSize(1);
    assertThat(check.in("<td>2026-12-04T16:05:00Z</td>")).hasSize(1);
  }
}
