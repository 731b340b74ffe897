package nl.veerkracht.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import nl.veerkracht.app.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Metrics in Prometheus format for administrators only; one log line per request without
 * personal data. (Tests switch metrics export off unless asked: this class asks, in a context of its own.)
 */
@AutoConfigureObservability(tracing = false)
class ObservabilityTest extends PostgresIntegrationTest {

  @Autowired
  MockMvc mvc;

  @Test
  void prometheusMetricsAreForAdministratorsOnly() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("officer", "officer"))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/scenarios").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
        .content(new ClassPathResource("scenarios/plan.scenario.json").getContentAsByteArray()))
        .andExpect(status().isCreated());

    String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(metrics)
        .contains("http_server_requests_seconds_count{")
        .contains("hikaricp_connections_active{")
        .contains("hikaricp_connections_pending{")
        .contains("veerkracht_audit_appends_total{kind=\"IMPORT\"}")
        .contains("veerkracht_plans{status=\"SOLVING\"}")
        .contains("veerkracht_plans{status=\"DONE\"}")
        .contains("veerkracht_simulations{status=\"RUNNING\"}");
  }

  @Test
  void eachRequestIsOneLogLineWithItsRouteStatusAndDurationButNoPersonalData() throws Exception {
    Logger requests = (Logger) LoggerFactory.getLogger("nl.veerkracht.request");
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    requests.addAppender(captured);
    try {
      mvc.perform(get("/api/v1/decisions/98765").with(httpBasic("auditor", "auditor")));
      mvc.perform(get("/audit").param("seeker", "S-LOG-PRIVE").with(httpBasic("auditor", "auditor")));
    } finally {
      requests.detachAppender(captured);
    }

    List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("GET /api/v1/decisions/\\{id\\} 404 \\d+ ms");
    assertThat(String.join("\n", lines)).doesNotContain("98765").doesNotContain("S-LOG-PRIVE").doesNotContain("auditor");
  }
}
