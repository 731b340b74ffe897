package nl.veerkracht.app.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The time of the officer's in-place actions on a plan of the demo city, against a running
 * service (docs/benchmarks.md, "The action benchmark"): signs in as {@code officer}, makes a plan
 * on the demo dataset from the page (or takes a given one), then times why-not, accept, reject
 * and change as the page's script sends them ({@code X-Requested-With: fetch}, the form's CSRF
 * field), each answering with the match's row. Prints the median and the 95th percentile per
 * action, after a few unmeasured warm-up calls of each, beside a baseline: the login page, which
 * does next to nothing, timed in the same run (the machine's pace at the time).
 *
 * <p>Arguments: the service's base URL, the dataset id, the number of measured calls per action
 * (default 40), and optionally a finished plan's id to use instead of making one.
 */
public final class ActionBenchmark {

  private static final int WARMUP = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private String csrf;

  private ActionBenchmark(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    long dataset = args.length > 1 ? Long.parseLong(args[1]) : 1;
    int samples = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    ActionBenchmark bench = new ActionBenchmark(base);
    bench.signIn();
    long plan = args.length > 3 ? Long.parseLong(args[3]) : bench.makePlan(dataset);
    JsonNode view = bench.awaitDone(plan);
    System.out.printf("plan %d: %d proposals, %d unplaced; %d calls per action after %d warm-up calls%n", plan,
        view.get("assignments").size(), view.get("unassigned").size(), samples, WARMUP);
    bench.run(plan, view, samples);
  }

  private void signIn() throws Exception {
    csrf = token(send(get("/login")).body());
    HttpResponse<String> login = send(form("/login", Map.of("username", "officer", "password", "officer")));
    if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("sign-in failed: " + login.statusCode());
    }
    csrf = token(send(get("/officer")).body());
  }

  private long makePlan(long dataset) throws Exception {
    HttpResponse<String> started = send(form("/officer/datasets/" + dataset + "/plans", Map.of("seconds", "10")));
    String location = started.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private JsonNode awaitDone(long plan) throws Exception {
    while (true) {
      JsonNode view = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/plans/" + plan))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer:officer".getBytes(
              StandardCharsets.UTF_8))).build()).body());
      if (!view.get("status").asText().equals("SOLVING")) {
        return view;
      }
      Thread.sleep(1000);
    }
  }

  private void run(long plan, JsonNode view, int samples) throws Exception {
    List<JsonNode> open = new ArrayList<>();
    view.get("assignments").forEach(a -> {
      if (a.get("status").asText().equals("PROPOSED")) {
        open.add(a);
      }
    });
    csrf = token(send(get("/officer/plans/" + plan)).body());
    Map<String, List<Double>> times = new LinkedHashMap<>();
    // the machine's own pace in the same run: a page that does next to nothing (the login page)
    for (int i = 0; i < samples + WARMUP; i++) {
      time(times, "baseline", i, get("/login"));
    }
    for (int i = 0; i < samples + WARMUP; i++) {
      JsonNode a = open.get(i);
      JsonNode b = open.get(open.size() - 1 - i);
      String why = "/officer/plans/" + plan + "/why?client=" + enc(a.get("client").asText()) + "&unit="
          + enc(b.get("unit").asText());
      time(times, "why-not", i, HttpRequest.newBuilder(URI.create(base + why)).header("X-Requested-With", "fetch")
          .build());
    }
    // a change needs a free next-best dwelling: those proposals go to the change, the others to accept and reject
    Set<String> taken = new HashSet<>();
    open.forEach(a -> taken.add(a.get("unit").asText()));
    List<JsonNode> changeable = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    for (JsonNode match : open) {
      String unit = changeable.size() < samples + WARMUP ? freeAlternative(match, taken) : null;
      if (unit != null) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) match).put("changeTo", unit);
        changeable.add(match);
      } else {
        others.add(match);
      }
    }
    if (others.size() < 2 * (samples + WARMUP)) {
      throw new IllegalStateException(others.size() + " proposals to accept and reject: too few for " + samples
          + " calls per action");
    }
    int next = 0;
    for (String action : List.of("accept", "reject", "change")) {
      int calls = action.equals("change") ? changeable.size() : samples + WARMUP;
      for (int i = 0; i < calls; i++) {
        JsonNode match = action.equals("change") ? changeable.get(i) : others.get(next++);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("plan", Long.toString(plan));
        fields.put("version", match.get("version").asText());
        if (!action.equals("accept")) {
          fields.put("reasonText", "benchmark");
        }
        if (action.equals("change")) {
          fields.put("unit", match.get("changeTo").asText());
        }
        time(times, action, i, formBuilder("/officer/matches/" + match.get("matchId").asText() + "/" + action, fields)
            .header("X-Requested-With", "fetch").build());
      }
    }
    System.out.println("action    calls  median ms  p95 ms  max ms  answers");
    times.forEach((action, list) -> System.out.printf("%-8s  %5d  %9.1f  %6.1f  %6.1f  %s%n", action, list.size(),
        percentile(list, 50), percentile(list, 95), percentile(list, 100), answers.get(action)));
  }

  private final Map<String, Map<Integer, Integer>> answers = new LinkedHashMap<>();

  private void time(Map<String, List<Double>> times, String action, int call, HttpRequest request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> answer = send(request);
    double millis = (System.nanoTime() - start) / 1e6;
    answers.computeIfAbsent(action, k -> new LinkedHashMap<>()).merge(answer.statusCode(), 1, Integer::sum);
    if (call >= WARMUP) {
      times.computeIfAbsent(action, k -> new ArrayList<>()).add(millis);
    }
  }

  /** The match's next-best dwelling that no other change takes, or null. */
  private static String freeAlternative(JsonNode match, Set<String> taken) {
    for (JsonNode alternative : match.get("alternatives")) {
      if (taken.add(alternative.get("unit").asText())) {
        return alternative.get("unit").asText();
      }
    }
    return null;
  }

  private static double percentile(List<Double> values, int percent) {
    List<Double> sorted = values.stream().sorted().toList();
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).build();
  }

  private HttpRequest form(String path, Map<String, String> fields) {
    return formBuilder(path, fields).build();
  }

  private HttpRequest.Builder formBuilder(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String token(String page) {
    Matcher matcher = CSRF.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("no CSRF field on the page");
    }
    return matcher.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
