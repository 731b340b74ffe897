package nl.veerkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import nl.veerkracht.app.hardening.Http;
import nl.veerkracht.app.i18n.EnglishOnPages;
import nl.veerkracht.app.hardening.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Errors are pages in the site's layout in the reader's language, with a way back, or JSON on
 * the API; never Spring's Whitelabel page, never exception text.
 */
class ErrorPagesTest extends ServerTest {

  @Autowired
  MockMvc mvc;

  @ParameterizedTest
  @CsvSource({
      "400, Dit verzoek klopt niet, This request is not right",
      "403, Geen toegang, No access",
      "404, Niet gevonden, Not found",
      "409, Dit is intussen veranderd, This has changed in the meantime",
      "500, Er ging iets mis, Something went wrong",
      "503, De database is even niet bereikbaar, The database cannot be reached at the moment",
      "418, Dit verzoek klopt niet, This request is not right",
  })
  void eachStatusHasAPageInTheLayoutInDutchAndInEnglish(int status, String dutch, String english) throws Exception {
    String page = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/officer/x").with(user("officer").roles("OFFICER")))
        .andExpect(status().is(status))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<html lang=\"nl\"", "<h1>" + dutch + "</h1>", "Foutcode " + status,
        "href=\"/officer\"", "Terug naar de startpagina", "Uitloggen");
    assertThat(EnglishOnPages.fromBundles().in(page)).isEmpty();

    String inEnglish = mvc.perform(get("/error").param("lang", "en")
            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status).with(user("officer").roles("OFFICER")))
        .andReturn().getResponse().getContentAsString();
    assertThat(inEnglish).contains("<h1>" + english + "</h1>", "Back to the start page");
  }

  @Test
  void overHttpAWrongRoleAnUnknownPageAndABadIdGetDutchPagesWithoutExceptionText() {
    Http officer = new Http(base(), "officer", "officer").login();

    Http.Response forbidden = officer.page("/audit");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body()).contains("<h1>Geen toegang</h1>", "Toewijzing").doesNotContain("Whitelabel");

    Http.Response unknown = officer.page("/no-such-page");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("<h1>Niet gevonden</h1>");

    Http.Response badId = officer.page("/officer/plans/abc");
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.body()).contains("<h1>Dit verzoek klopt niet</h1>")
        .doesNotContain("NumberFormat", "convert", "Exception", "java.");

    Http.Response absent = officer.page("/officer/datasets/987654/export");
    assertThat(absent.status()).isEqualTo(404);
    assertThat(absent.body()).contains("Dataset 987654 bestaat niet.");

    assertThat(officer.page("/no-such-page?lang=en").body()).contains("<h1>Not found</h1>");
  }

  @Test
  void theApiAnswersJsonWithADutchMessageByDefaultAndEnglishOnRequest() {
    Http auditor = new Http(base(), "auditor", "auditor");
    Http.Response forbidden = auditor.apiGet("/api/v1/plans/1");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json().get("error").asText()).isEqualTo("forbidden");
    assertThat(forbidden.json().get("message").asText()).isEqualTo("Geen toegang");
    assertThat(auditor.apiGet("/api/v1/plans/1?lang=en").json().get("message").asText()).isEqualTo("No access");

    Http officer = new Http(base(), "officer", "officer");
    Http.Response absent = officer.apiGet("/api/v1/scenarios/987654");
    assertThat(absent.status()).isEqualTo(404);
    assertThat(absent.json().get("error").asText()).isEqualTo("not found");
    assertThat(absent.json().get("message").asText()).isEqualTo("Dataset 987654 bestaat niet.");

    Http.Response unknown = officer.apiGet("/api/v1/no-such-thing");
    assertThat(unknown.status()).isIn(403, 404);
    assertThat(unknown.body()).startsWith("{");
  }

  @Test
  void aValueThatDoesNotConvertIsAnInvalidInputProblemInTheReadersLanguage() throws Exception {
    mvc.perform(get("/api/v1/plans/abc").with(httpBasic("officer", "officer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("invalid input"))
        .andExpect(jsonPath("$.problems[0].path").value("id"))
        .andExpect(jsonPath("$.problems[0].message").value("heeft geen geldige waarde"));
    mvc.perform(get("/api/v1/plans/abc").header("Accept-Language", "en-GB,en;q=0.9").with(httpBasic("officer", "officer")))
        .andExpect(jsonPath("$.problems[0].message").value("has an invalid value"));
  }
}
