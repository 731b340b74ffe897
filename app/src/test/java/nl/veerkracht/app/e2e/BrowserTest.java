package nl.veerkracht.app.e2e;

import static nl.veerkracht.app.hardening.Scenarios.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.hardening.Http;
import nl.veerkracht.app.hardening.Scenarios;
import nl.veerkracht.app.hardening.ServerTest;
import nl.veerkracht.democity.DemoCity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages in a real browser (Debian's headless Chromium): each demo role logs in through the
 * login form and does its main job (the policymaker two: the indicators, and a simulation of
 * two variants compared). Screenshots go to {@code target/e2e-screenshots}.
 */
class BrowserTest extends ServerTest {

  static ChromeDriver driver;

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DatasetStore datasets;

  @BeforeAll
  static void startBrowser() {
    driver = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void loggedOut() {
    driver.manage().deleteAllCookies();
  }

  @Test
  void theOfficerUploadsAScenarioMakesAPlanAcceptsOneMatchAndRejectsAnotherWithAReason() throws Exception {
    Path file = Files.createTempFile("e2e-plan-", ".scenario.json");
    Files.write(file, Scenarios.bytes(Scenarios.withOwnIds(Scenarios.planWithClient("C2", HOSTILE), "E2E-")));
    login("officer");

    driver.get(base() + "/officer");
    WebElement upload = driver.findElement(By.cssSelector("form[action$='/officer/datasets']"));
    upload.findElement(By.id("file")).sendKeys(file.toString());
    upload.findElement(By.id("name")).sendKeys("E2E plan");
    upload.findElement(By.cssSelector("button[type=submit]")).click();
    String stored = waitFor(By.cssSelector(".notice")).getText();
    Matcher number = Pattern.compile("(\\d+)").matcher(stored);
    assertThat(number.find()).as(stored).isTrue();
    String dataset = number.group(1);
    Browser.screenshot(driver, "officer-start");

    WebElement seconds = driver.findElement(By.id("seconds-" + dataset));
    seconds.clear();
    seconds.sendKeys("2");
    seconds.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
    awaitUrl("/officer/plans/");
    String plan = driver.getCurrentUrl().replaceAll(".*/officer/plans/(\\d+).*", "$1");
    // the page refreshes itself while the plan is solving
    new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action*='/accept'] button")));
    Browser.screenshot(driver, "officer-plan");

    WebElement accept = driver.findElements(By.cssSelector("form[action*='/accept']")).get(0);
    String accepted = matchOf(accept);
    String planPage = driver.getCurrentUrl();
    accept.findElement(By.tagName("button")).click();
    awaitRowText(accepted, "Geaccepteerd");

    WebElement reject = driver.findElements(By.cssSelector("form[action*='/reject']")).get(0);
    String rejected = matchOf(reject);
    new Select(reject.findElement(By.name("reasonCode"))).selectByValue("CARE_DISTANCE");
    reject.findElement(By.name("reasonText")).sendKeys("e2e: verder dan de afspraak");
    reject.findElement(By.cssSelector("button[type=submit]")).click();
    awaitRowText(rejected, "Afgewezen");
    assertThat(driver.getCurrentUrl()).as("each action answers in place").isEqualTo(planPage);
    Browser.screenshot(driver, "officer-plan-reviewed");

    assertThat(jdbc.queryForObject("SELECT status FROM plan_match WHERE id = ?", String.class, Long.parseLong(accepted)))
        .isEqualTo("ACCEPTED");
    Map<String, Object> row = jdbc.queryForMap("SELECT status, reason, decided_by FROM plan_match WHERE id = ?",
        Long.parseLong(rejected));
    assertThat(row.get("status")).isEqualTo("REJECTED");
    assertThat((String) row.get("reason")).contains("Te ver van de zorgaanbieder", "e2e: verder dan de afspraak");
    assertThat(row.get("decided_by")).isEqualTo("officer");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Afgewezen", "e2e: verder dan de afspraak");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ?",
        Integer.class, "plan " + plan)).isPositive();

    // a client named <script>alert(1)</script> is text on the page, never a script
    assertThat(driver.findElement(By.tagName("main")).getText()).contains(HOSTILE);
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void thePolicymakerOpensTheIndicatorsAndABuurt() {
    String dataset = officerApi().apiPost("/api/v1/scenarios?name=E2E+indicatoren",
        Scenarios.bytes(Scenarios.read("indicators"))).json().get("id").asText();
    officerApi().apiPost("/api/v1/scenarios?name=E2E+nieuwer", Scenarios.bytes(Scenarios.read("indicators")));
    login("policy");

    // the newest dataset is shown first; choosing another in the list reloads the page (script)
    awaitUrl("/policy");
    new Select(driver.findElement(By.id("dataset"))).selectByValue(dataset);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("dataset=" + dataset));
    assertThat(driver.findElement(By.id("indicators-title")).getText()).isEqualTo("Indicatoren per buurt, 2014–2016");
    assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Noord", "Zuid");
    Browser.screenshot(driver, "policy-start");

    driver.findElement(By.linkText("Zuid")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Zuid");
    assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Bstraat", "Cstraat");
    Browser.screenshot(driver, "policy-buurt");
  }

  @Test
  void thePolicymakerRunsTwoVariantsAndComparesThem() {
    long city = datasets.save(DemoCity.generate(7, 0.01), "E2E kleine stad", "officer");
    login("policy");

    driver.get(base() + "/policy/simulations");
    new Select(driver.findElement(By.id("dataset"))).selectByValue(Long.toString(city));
    WebElement months = driver.findElement(By.id("months"));
    months.clear();
    months.sendKeys("2");
    driver.findElement(By.id("name-1")).sendKeys("helft art. 9");
    driver.findElement(By.id("art9-1")).sendKeys("1/2");
    Browser.screenshot(driver, "policy-simulation-form");
    driver.findElement(By.cssSelector("form[action$='/policy/simulations'] button[type=submit]")).click();
    awaitUrl("/policy/simulations/");
    // the page refreshes itself while the run goes on
    new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("totals-title")));
    WebElement totals = driver.findElement(By.id("totals-title")).findElement(By.xpath("following-sibling::table"));
    assertThat(totals.getText()).contains("Basisbeleid", "helft art. 9").doesNotContain("sha256");
    assertThat(driver.findElement(By.id("buurten-title")).isDisplayed()).isTrue();
    Browser.screenshot(driver, "policy-simulation");

    // the column chooser shows and hides columns in place, with the keyboard too
    WebElement table = driver.findElement(By.id("buurten-table"));
    WebElement lettings = driver.findElement(By.cssSelector("fieldset.columns input[data-column='lettings']"));
    assertThat(lettings.isDisplayed()).as("the chooser shows once the script runs").isTrue();
    assertThat(table.findElement(By.cssSelector("th[data-col='difference']")).isDisplayed()).isTrue();
    assertThat(table.findElement(By.cssSelector("th[data-col='lettings']")).isDisplayed()).isFalse();
    String page = driver.getCurrentUrl();
    lettings.sendKeys(org.openqa.selenium.Keys.SPACE);
    assertThat(table.findElement(By.cssSelector("th[data-col='lettings']")).isDisplayed()).isTrue();
    assertThat(table.findElement(By.cssSelector("tbody td[data-col='lettings']")).isDisplayed()).isTrue();
    driver.findElement(By.cssSelector("fieldset.columns input[data-column='waterbed']")).click();
    assertThat(table.findElement(By.cssSelector("th[data-col='waterbed']")).isDisplayed()).isFalse();
    assertThat(driver.getCurrentUrl()).as("no reload").isEqualTo(page);
    Browser.screenshot(driver, "policy-simulation-columns");
  }

  @Test
  void theAuditorVerifiesTheChainFindsADecisionAndOpensItsCaseFile() {
    JsonNode evaluation = officerApi().apiPost("/api/v1/evaluations",
        Scenarios.bytes(Scenarios.read("01-rotterdamwet-art8-art10-passend"))).json();
    String decision = evaluation.get("decisionIds").get(0).asText();
    login("auditor");

    awaitUrl("/audit");
    driver.findElement(By.cssSelector("form[action$='/audit/verify'] button")).click();
    assertThat(waitFor(By.cssSelector("#main .notice")).getText()).startsWith("De keten is intact");

    driver.findElement(By.id("seeker")).sendKeys("S-BRAM");
    driver.findElement(By.id("actor")).sendKeys("officer");
    driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
    awaitUrl("seeker=S-BRAM");
    Browser.screenshot(driver, "audit-search");
    int reads = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ?"
        + " AND actor = 'auditor'", Integer.class, "decision " + decision);

    driver.findElement(By.linkText(decision)).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dossier van beslissing " + decision);
    assertThat(driver.findElement(By.id("candidates-title")).isDisplayed()).isTrue();
    Browser.screenshot(driver, "audit-case-file");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'SENSITIVE_READ' AND subject = ?"
        + " AND actor = 'auditor'", Integer.class, "decision " + decision)).isEqualTo(reads + 1);

    driver.findElement(By.cssSelector("form[action*='/replay'] button")).click();
    assertThat(waitFor(By.cssSelector("#main .notice")).getText()).isNotBlank();
  }

  @Test
  void theAdministratorAddsAUserWhoThenLogsIn() {
    String name = "e2e-" + System.nanoTime();
    login("admin");

    awaitUrl("/admin");
    WebElement form = driver.findElement(By.cssSelector("form[action$='/admin/users']"));
    form.findElement(By.id("username")).sendKeys(name);
    form.findElement(By.id("password")).sendKeys("lang-genoeg-e2e");
    form.findElement(By.cssSelector("input[name=roles][value=OFFICER]")).click();
    form.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(waitFor(By.cssSelector(".notice")).getText()).isEqualTo("Gebruiker " + name + " is toegevoegd.");
    assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains(name);
    Browser.screenshot(driver, "admin-users");

    driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
    awaitUrl("/login?logout");
    login(name, "lang-genoeg-e2e");
    awaitUrl("/officer");
  }

  @Test
  void aWrongPasswordStaysOnTheLoginPage() {
    driver.get(base() + "/officer");
    assertThat(driver.getCurrentUrl()).endsWith("/login");
    Browser.screenshot(driver, "login");
    fillLogin("officer", "wrong");
    awaitUrl("/login?error");
    assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("onjuist");
  }

  private void login(String demoUser) {
    login(demoUser, demoUser);
  }

  private void login(String name, String password) {
    driver.get(base() + "/login");
    fillLogin(name, password);
    new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "login of " + name)
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private static void awaitUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
  }

  private void fillLogin(String name, String password) {
    driver.findElement(By.id("username")).sendKeys(name);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
  }

  private static WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until the match's row, answered in place, shows the text. */
  private void awaitRowText(String match, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("match-" + match), text));
  }

  private static String matchOf(WebElement form) {
    return form.getAttribute("action").replaceAll(".*/officer/matches/(\\d+)/.*", "$1");
  }

  private Http officerApi() {
    return new Http(base(), "officer", "officer");
  }
}
