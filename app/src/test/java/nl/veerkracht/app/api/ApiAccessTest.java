package nl.veerkracht.app.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.veerkracht.app.PostgresIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every endpoint of the specification, with no credentials, every role that may not, and one that may. */
class ApiAccessTest extends PostgresIntegrationTest {

  /** A REST endpoint of the interface specification and the demo users whose role may call it. */
  record Endpoint(HttpMethod method, String path, Set<String> allowed) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final List<String> DEMO_USERS = List.of("officer", "policy", "auditor", "admin");

  static Stream<Endpoint> endpoints() {
    return Stream.of(
        new Endpoint(HttpMethod.POST, "/api/v1/scenarios", Set.of("officer", "admin")),
        new Endpoint(HttpMethod.POST, "/api/v1/evaluations", Set.of("officer")),
        new Endpoint(HttpMethod.POST, "/api/v1/plans", Set.of("officer")),
        new Endpoint(HttpMethod.POST, "/api/v1/plans/1/cancel", Set.of("officer")),
        new Endpoint(HttpMethod.GET, "/api/v1/plans/1", Set.of("officer")),
        new Endpoint(HttpMethod.POST, "/api/v1/matches/1/accept", Set.of("officer")),
        new Endpoint(HttpMethod.POST, "/api/v1/matches/1/reject", Set.of("officer")),
        new Endpoint(HttpMethod.POST, "/api/v1/matches/1/change", Set.of("officer")),
        new Endpoint(HttpMethod.POST, "/api/v1/plans/1/replan", Set.of("officer")),
        new Endpoint(HttpMethod.POST, "/api/v1/simulations", Set.of("policy")),
        new Endpoint(HttpMethod.GET, "/api/v1/simulations/1", Set.of("policy")),
        new Endpoint(HttpMethod.GET, "/api/v1/decisions/1", Set.of("officer", "auditor")),
        new Endpoint(HttpMethod.POST, "/api/v1/decisions/1/replay", Set.of("auditor")),
        new Endpoint(HttpMethod.GET, "/api/v1/audit/verify", Set.of("auditor")),
        new Endpoint(HttpMethod.GET, "/api/v1/decisions", Set.of("auditor")),
        new Endpoint(HttpMethod.GET, "/api/v1/audit/entries", Set.of("auditor")),
        new Endpoint(HttpMethod.GET, "/api/v1/areas/indicators", Set.of("policy")));
  }

  @Autowired
  MockMvc mvc;

  @ParameterizedTest
  @MethodSource("endpoints")
  void withoutCredentialsIsUnauthorized(Endpoint endpoint) throws Exception {
    mvc.perform(call(endpoint))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void aRoleWithoutTheRightIsForbidden(Endpoint endpoint) throws Exception {
    for (String user : DEMO_USERS) {
      if (!endpoint.allowed().contains(user)) {
        mvc.perform(call(endpoint).with(httpBasic(user, user))).andExpect(status().isForbidden());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void theRightRoleGetsThrough(Endpoint endpoint) throws Exception {
    for (String user : endpoint.allowed()) {
      int code = mvc.perform(call(endpoint).with(httpBasic(user, user))).andReturn().getResponse().getStatus();
      org.assertj.core.api.Assertions.assertThat(code).as(endpoint + " as " + user).isNotIn(401, 403);
    }
  }

  @ParameterizedTest
  @MethodSource("endpoints")
  void aWrongPasswordIsUnauthorized(Endpoint endpoint) throws Exception {
    mvc.perform(call(endpoint).with(httpBasic("officer", "not-the-password"))).andExpect(status().isUnauthorized());
  }

  private static MockHttpServletRequestBuilder call(Endpoint endpoint) {
    MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
    return endpoint.method() == HttpMethod.POST
        ? request.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"test\"}")
        : request;
  }
}
