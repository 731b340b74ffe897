package nl.veerkracht.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends every test run with a plain summary: how many tests ran, passed and failed, and every
 * test that did not run with the reason (a missing PostgreSQL or Chromium, a disabled test, a
 * tag this command leaves out), so that nothing is skipped silently. Printed to standard
 * output and written to the file named by {@code veerkracht.test.summary} (the build sets it
 * to {@code target/test-summary.txt} and {@code target/it-summary.txt}); registered through
 * {@code META-INF/services}.
 */
public class RunSummary implements TestExecutionListener {

  private TestPlan plan;
  private int passed;
  private final List<String> failed = new ArrayList<>();
  private final Map<String, List<String>> skipped = new TreeMap<>();

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    skip(identifier, "disabled: " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    switch (result.getStatus()) {
      case SUCCESSFUL -> passed += identifier.isTest() ? 1 : 0;
      case ABORTED -> skip(identifier, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
      case FAILED -> failed.add(name(identifier));
    }
  }

  private void skip(TestIdentifier identifier, String reason) {
    long tests = identifier.isTest() ? 1 : plan.getDescendants(identifier).stream().filter(TestIdentifier::isTest).count();
    if (tests > 0) {
      skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(name(identifier) + (identifier.isTest() ? "" : " (" + tests + " tests)"));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    long skippedTests = testPlan.countTestIdentifiers(TestIdentifier::isTest) - passed - failed.size();
    StringBuilder summary = new StringBuilder("\n---- Veerkracht test summary ----\n")
        .append(passed + failed.size()).append(" tests ran: ").append(passed).append(" passed, ")
        .append(failed.size()).append(" failed; ").append(Math.max(0, skippedTests)).append(" did not run.\n");
    failed.forEach(name -> summary.append("FAILED  ").append(name).append('\n'));
    skipped.forEach((reason, names) -> {
      summary.append("SKIPPED because ").append(reason).append(":\n");
      names.forEach(name -> summary.append("          ").append(name).append('\n'));
    });
    String excluded = System.getProperty("veerkracht.test.excludedGroups", "");
    if (!excluded.isBlank()) {
      summary.append("NOT RUN by this command: the tests tagged ").append(excluded)
          .append(" (each has a Maven profile of its name, e.g. mvn -pl app test -Pload; see docs/hardening.md)\n");
    }
    summary.append("---------------------------------\n");
    System.out.print(summary);
    String file = System.getProperty("veerkracht.test.summary", "");
    if (!file.isBlank()) {
      try {
        Files.writeString(Path.of(file), summary);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String name(TestIdentifier identifier) {
    String id = identifier.getUniqueId();
    int classStart = id.indexOf("[class:");
    if (classStart < 0) {
      return identifier.getDisplayName();
    }
    String className = id.substring(classStart + 7, id.indexOf(']', classStart));
    return identifier.isTest() ? className.substring(className.lastIndexOf('.') + 1) + "." + identifier.getDisplayName()
        : className;
  }
}
