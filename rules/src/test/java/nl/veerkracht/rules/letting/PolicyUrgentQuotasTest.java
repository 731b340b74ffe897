package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** A variant's own per-buurt quota replaces the scenario's maxShare for that buurt (an extension of the policy). */
class PolicyUrgentQuotasTest {

  static ObjectNode example() throws Exception {
    try (InputStream in = PolicyUrgentQuotasTest.class.getResourceAsStream(
        "/examples/02-art9-half-and-urgent-quota.scenario.json")) {
      return (ObjectNode) ScenarioJson.mapper().readTree(in);
    }
  }

  static Evaluation evaluate(ObjectNode scenario) throws Exception {
    return LettingRun.evaluate(ScenarioReader.read(ScenarioJson.mapper().writeValueAsBytes(scenario)), RuleBase.current());
  }

  @Test
  void aPolicyQuotaOfOneLiftsTheScenariosQuota() throws Exception {
    ObjectNode scenario = example();
    assertThat(evaluate(scenario).vacancies()).anyMatch(VacancyDecision::urgentPrioritySuspended);

    ((ObjectNode) scenario.get("policy")).putArray("urgentQuotas").addObject()
        .put("buurt", "BU05991081").put("maxShare", 1);

    assertThat(evaluate(scenario).vacancies()).noneMatch(VacancyDecision::urgentPrioritySuspended);
  }

  @Test
  void aPolicyQuotaOfZeroSuspendsUrgencyFromTheFirstVacancy() throws Exception {
    ObjectNode scenario = example();
    ((ObjectNode) scenario.get("policy")).putArray("urgentQuotas").addObject()
        .put("buurt", "BU05991081").put("maxShare", 0);

    assertThat(evaluate(scenario).vacancies()).allMatch(VacancyDecision::urgentPrioritySuspended);
  }

  @Test
  void twoPolicyQuotasForOneBuurtAreInvalid() throws Exception {
    ObjectNode scenario = example();
    var quotas = ((ObjectNode) scenario.get("policy")).putArray("urgentQuotas");
    quotas.addObject().put("buurt", "BU05991081").put("maxShare", 1);
    quotas.addObject().put("buurt", "BU05991081").put("maxShare", "1/2");

    assertThatThrownBy(() -> evaluate(scenario)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems().get(0).path()).isEqualTo("policy.urgentQuotas[1].buurt"));
  }
}
