package nl.veerkracht.app.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * A small client of the running service over real HTTP (java.net.http): the REST API with
 * HTTP Basic, and the pages with a form login and a session cookie of its own. One instance is
 * one user; it may be used from one thread at a time.
 */
public final class Http {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** A response: status, body and the Location header (or null). */
  public record Response(int status, String body, String location) {
    public JsonNode json() {
      try {
        return ScenarioJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
      }
    }

    public String csrf() {
      Matcher matcher = CSRF.matcher(body);
      if (!matcher.find()) {
        throw new IllegalStateException("no CSRF token in the page");
      }
      return matcher.group(1);
    }
  }

  private final String base;
  private final String user;
  private final String password;
  private final HttpClient client;
  private final Duration timeout;
  private String token;
  private String csrf;

  public Http(String base, String user, String password) {
    this(base, user, password, Duration.ofSeconds(60));
  }

  public Http(String base, String user, String password, Duration timeout) {
    this.base = base;
    this.user = user;
    this.password = password;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** A REST call with HTTP Basic. */
  public Response api(String method, String path, String contentType, byte[] body) {
    return api("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
        method, path, contentType, body);
  }

  /** Uses this API token for {@link #tokenGet} and {@link #tokenPost}. */
  public Http withToken(String apiToken) {
    this.token = apiToken;
    return this;
  }

  public Response tokenGet(String path) {
    return api("Bearer " + token, "GET", path, null, null);
  }

  public Response tokenPost(String path, byte[] json) {
    return api("Bearer " + token, "POST", path, "application/json", json);
  }

  private Response api(String authorization, String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request = request(path).header("Authorization", authorization);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    return send(request.build());
  }

  public Response apiGet(String path) {
    return api("GET", path, null, null);
  }

  public Response apiPost(String path, byte[] json) {
    return api("POST", path, "application/json", json);
  }

  /** Logs in through the login form; the session cookie is kept for {@link #page}. */
  public Http login() {
    Response response = loginAnswer();
    if (response.status() != 302 || response.location() == null || response.location().contains("error")) {
      throw new IllegalStateException("login of " + user + " failed: " + response.status() + " " + response.location());
    }
    return this;
  }

  /** Posts the login form and returns the answer as it is. */
  public Response loginAnswer() {
    String token = page("/login").csrf();
    return form("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token));
  }

  /** Keeps the CSRF token of a page of the session, for forms posted later ({@link #csrf()}). */
  public Http csrfFromPage(String path) {
    Response response = page(path);
    if (response.status() != 200) {
      throw new IllegalStateException(path + " answered " + response.status());
    }
    this.csrf = response.csrf();
    return this;
  }

  /** The CSRF token kept by {@link #csrfFromPage}. */
  public String csrf() {
    return csrf;
  }

  /** A page with the session of {@link #login}. */
  public Response page(String path) {
    return send(request(path).GET().build());
  }

  /** A url-encoded form post with the session of {@link #login}. */
  public Response form(String path, String encodedForm) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build());
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
