package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The result written vacancy by vacancy is the result written whole, byte for byte. */
class EvaluationWriterTest {

  static Stream<Scenario> scenarios() throws IOException {
    Stream<Scenario> examples = Stream.of("01-rotterdamwet-art8-art10-passend", "02-art9-half-and-urgent-quota",
        "03-daeb-and-passend-owner-norms").map(EvaluationWriterTest::example);
    Stream<Scenario> generated = LongStream.rangeClosed(1, 20).mapToObj(DroolsMatchesPlainPropertyTest::generated);
    return Stream.of(examples, generated, Stream.of(withoutVacancies())).flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void writesTheSameBytesAsTheWholeRenderedEvaluationInDutchAndEnglish(Scenario scenario) {
    for (Language language : List.of(Language.NL, Language.EN)) {
      Evaluation whole = LettingRun.evaluate(scenario, RuleBase.current());
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      ScenarioJson.writePretty(whole.rendered(language), expected);

      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      EvaluationWriter writer = EvaluationWriter.write(scenario, RuleBase.current(), language, streamed);

      assertThat(streamed.toString()).isEqualTo(expected.toString());
      assertThat(streamed.toByteArray()).isEqualTo(expected.toByteArray());
      assertThat(writer.vacancies()).isEqualTo(whole.vacancies().size());
      assertThat(writer.lettings()).isEqualTo(whole.vacancies().stream().filter(v -> v.winner() != null).count());
      assertThat(writer.rules()).isEqualTo(whole.rules());
      assertThat(writer.policy()).isEqualTo(whole.policy());
    }
  }

  private static Scenario example(String name) {
    try (InputStream in = EvaluationWriterTest.class.getResourceAsStream("/examples/" + name + ".scenario.json")) {
      return ScenarioReader.read(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Scenario withoutVacancies() {
    Scenario scenario = example("01-rotterdamwet-art8-art10-passend");
    return new Scenario(scenario.format(), scenario.referenceDate(), scenario.policy(), scenario.areas(),
        scenario.designations(), scenario.urgentQuotas(), scenario.ownerState(), scenario.units(), scenario.seekers(),
        List.of(), scenario.clients(), scenario.careProviders(), scenario.directOffers());
  }
}
