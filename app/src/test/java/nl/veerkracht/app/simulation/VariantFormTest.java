package nl.veerkracht.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.simulation.SmallCity;
import nl.veerkracht.simulation.VariantPolicies;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class VariantFormTest {

  @Test
  void theFormsFieldsOverrideTheSameFieldsOfItsJson() {
    VariantForm form = new VariantForm();
    form.setJson("{\"name\": \"from json\", \"art9AboveUrgent\": false, \"urgentQuotaDefault\": 0.2}");
    form.setName("half");
    form.setArt9ShareOverride(" 1/2 ");
    form.setUrgentQuotaDefault("0,3");
    form.setRentTypologies(List.of("RISING_WORSENING_HIGH"));
    form.setRentShare("1/4");

    JsonNode policy = form.toPolicy(1);

    assertThat(ScenarioJson.canonical(policy)).isEqualTo("{\"art9AboveUrgent\":false,\"art9ShareOverride\":\"1/2\","
        + "\"name\":\"half\",\"rentSteering\":{\"share\":\"1/4\",\"typologies\":[\"RISING_WORSENING_HIGH\"]},"
        + "\"urgentQuotaDefault\":0.3}");
    assertThat(VariantPolicies.check(List.of(policy), SmallCity.CITY)).hasSize(1);
  }

  @Test
  void anUploadedPolicyFileIsTheFormsStartingPoint() {
    VariantForm form = new VariantForm();
    form.setFile(new MockMultipartFile("variants[1].file", "half.json", "application/json",
        "{\"name\": \"uploaded\", \"art9ShareOverride\": \"2/3\"}".getBytes(StandardCharsets.UTF_8)));

    assertThat(ScenarioJson.canonical(form.toPolicy(1))).isEqualTo("{\"art9ShareOverride\":\"2/3\",\"name\":\"uploaded\"}");
    assertThat(new VariantForm().isEmpty()).isTrue();
    assertThat(form.isEmpty()).isFalse();
  }
}
