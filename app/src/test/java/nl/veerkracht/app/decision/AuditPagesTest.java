package nl.veerkracht.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import nl.veerkracht.app.PostgresIntegrationTest;
import nl.veerkracht.scenario.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class AuditPagesTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  String art8Decision;

  @BeforeEach
  void evaluateTheFirstExample() throws Exception {
    byte[] scenario = new ClassPathResource("scenarios/01-rotterdamwet-art8-art10-passend.scenario.json")
        .getContentAsByteArray();
    String body = mvc.perform(post("/api/v1/evaluations").with(httpBasic("officer", "officer"))
            .contentType(MediaType.APPLICATION_JSON).content(scenario))
        .andReturn().getResponse().getContentAsString();
    JsonNode result = ScenarioJson.mapper().readTree(body);
    art8Decision = result.get("decisionIds").get(1).asText();
  }

  @Test
  void theAuditorFindsADecisionBySeekerAndRuleCode() throws Exception {
    mvc.perform(get("/audit").param("seeker", "S-ANNA").param("ruleCode", "WBMGP-8")
            .with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/audit/decisions/" + art8Decision)))
        .andExpect(content().string(containsString("U-VIOLIER-12")));
  }

  @Test
  void theCaseFileNamesEveryRuleWithItsLegalBasis() throws Exception {
    mvc.perform(get("/audit/decisions/" + art8Decision).with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Art. 8: inkomenseis in een aangewezen gebied")))
        .andExpect(content().string(containsString("https://wetten.overheid.nl/jci1.3:c:BWBR0019388&amp;artikel=8")))
        .andExpect(content().string(containsString("D-ART8-BLOEMHOF")))
        .andExpect(content().string(containsString("S-BRAM")));
  }

  @Test
  void theAuditorReplaysFromThePage() throws Exception {
    mvc.perform(post("/audit/decisions/" + art8Decision + "/replay").with(user("auditor").roles("AUDITOR")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("de uitkomst is gelijk aan de vastgelegde beslissing")));
  }

  @Test
  void theAuditorVerifiesTheChainFromThePage() throws Exception {
    mvc.perform(post("/audit/verify").with(user("auditor").roles("AUDITOR")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("De keten is intact")));
  }

  @Test
  void aPeriodExportsAsCsv() throws Exception {
    String csv = mvc.perform(get("/audit/decisions.csv").param("from", "2026-03-01").param("to", "2026-03-31")
            .with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(csv).startsWith("\uFEFFBeslissing;Publicatiedatum;Woning;Buurt;Toegewezen aan;Regelcodes;"
        + "Vastgelegd door;Vastgelegd op;Versie regelbasis\r\n");
    assertThat(csv).contains(art8Decision + ";02-03-2026;U-VIOLIER-12;BU05991081;S-BRAM;");

    String english = mvc.perform(get("/audit/decisions.csv").param("from", "2026-03-01").param("to", "2026-03-31")
            .param("lang", "en").with(user("auditor").roles("AUDITOR")))
        .andReturn().getResponse().getContentAsString();
    assertThat(english).startsWith("\uFEFFDecision,Published on,Dwelling,Buurt,Let to,Rule codes,");
    assertThat(english).contains(art8Decision + ",2026-03-02,U-VIOLIER-12,BU05991081,S-BRAM,");
  }

  @Test
  void officersDoNotSeeTheAuditPages() throws Exception {
    mvc.perform(get("/audit/decisions/" + art8Decision).with(user("officer").roles("OFFICER")))
        .andExpect(status().isForbidden());
  }
}
