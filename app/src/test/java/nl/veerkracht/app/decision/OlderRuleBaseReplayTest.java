package nl.veerkracht.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.letting.Evaluation;
import nl.veerkracht.rules.letting.LettingRun;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/** A decision made under an older rule base version replays with that version, not the current one. */
class OlderRuleBaseReplayTest extends PostgresIntegrationTest {

  static final String OLDER = "2025.4-test";

  @Autowired
  DecisionRecorder recorder;
  @Autowired
  MockMvc mvc;

  @Test
  void replaysWithTheVersionItWasDecidedWith() throws Exception {
    Scenario scenario = ScenarioReader.read(
        new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json").getContentAsByteArray());
    RuleBase older = RuleBase.version(OLDER);
    assertThat(older.hash()).isNotEqualTo(RuleBase.current().hash());
    Evaluation evaluation = LettingRun.evaluate(scenario, older);
    List<String> ids = recorder.record(evaluation, Policy.of(scenario.policy()), older, "officer");

    // the vacancy whose trace names the renamed art. 8 rule
    String art8Decision = ids.get(1);
    assertThat(evaluation.vacancies().get(1).candidates().stream()
        .flatMap(candidate -> candidate.trace().stream())
        .anyMatch(entry -> entry.rule().startsWith("Art. 8 (version 2025.4)"))).isTrue();

    mvc.perform(post("/api/v1/decisions/" + art8Decision + "/replay").with(httpBasic("auditor", "auditor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reproduced").value(true));
  }
}
