package nl.veerkracht.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The names the service gives itself are stable codes, shown in the reader's language, also on rows stored before. */
class LabelsTest {

  private final Labels labels = new Labels(messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void theDemoCityAndAPostedPlanScenarioAreNamedInTheReadersLanguage() {
    LocaleContextHolder.setLocale(Formats.DUTCH);
    assertThat(labels.datasetName("Demo city Rotterdam (seed 7)")).isEqualTo("Demostad Rotterdam (seed 7)");
    assertThat(labels.datasetName("Demo city Rotterdam (seed 7, scale 0.5)"))
        .isEqualTo("Demostad Rotterdam (seed 7, schaal 0,5)");
    assertThat(labels.datasetName("plan scenario 01-03-2026")).isEqualTo("Planscenario 01-03-2026");
    assertThat(labels.datasetName("Woonstad maart")).isEqualTo("Woonstad maart");
    assertThat(labels.actor("demo profile")).isEqualTo("demoprofiel");
    assertThat(labels.actor("officer")).isEqualTo("officer");

    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(labels.datasetName("Demo city Rotterdam (seed 7, scale 0.5)"))
        .isEqualTo("Demo city Rotterdam (seed 7, scale 0.5)");
    assertThat(labels.datasetName("plan scenario 01-03-2026")).isEqualTo("Plan scenario 2026-03-01");
    assertThat(labels.actor("demo profile")).isEqualTo("demo profile");
  }
}
