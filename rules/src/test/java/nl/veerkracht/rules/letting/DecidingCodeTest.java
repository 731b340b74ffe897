package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deciding code is under the version: every Veerkracht class the rules or the letting run use
 * is in the fingerprint of {@link DecidingCode}. The used classes are derived mechanically: the
 * DRL's imports and global of every version, and the letting run's entry points, followed through
 * the classes' constant pools (every {@code nl/veerkracht/...} class a class file names).
 */
class DecidingCodeTest {

  private static final Pattern DRL_TYPE = Pattern.compile("(?m)^(?:import|global)\\s+(nl\\.veerkracht\\.[\\w.]+?)(?:\\s+\\w+)?;");
  private static final Pattern CLASS_NAME = Pattern.compile("nl/veerkracht/[\\w/$]+");
  /** Entry points of deciding besides the rules: the letting run, direct mediation, the rule base itself. */
  private static final List<Class<?>> ROOTS = List.of(LettingRun.class, Mediation.class, RuleBase.class);

  @Test
  void everyClassTheRulesOrTheLettingRunUseIsFingerprinted() throws IOException {
    Set<String> used = usedClasses();
    Set<String> fingerprinted = new TreeSet<>(DecidingCode.CLASSES);

    assertThat(used).contains("nl.veerkracht.rules.letting.Letting", "nl.veerkracht.rules.Exact",
        "nl.veerkracht.rules.letting.Details", "nl.veerkracht.rules.letting.LettingRun");
    assertThat(fingerprinted).as("classes used in deciding but missing from DecidingCode.CLASSES")
        .containsAll(used);
  }

  @Test
  void theFingerprintChangesWithTheClassBytesAndIsStable() {
    assertThat(DecidingCode.fingerprint()).matches("[0-9a-f]{64}").isEqualTo(DecidingCode.fingerprint());
    assertThat(RuleBase.version("2026.3").identity().parts())
        .containsEntry("code", "sha256:" + DecidingCode.fingerprint()).containsKeys("rules", "parameters", "texts");
  }

  /**
   * The current version runs from its executable model, generated from the DRL by the build's Drools:
   * those classes decide too, so they are in its code hash, and another Drools generating other
   * classes gives another hash.
   */
  @Test
  void theGeneratedExecutableModelIsInTheCurrentVersionsCodeHash() throws IOException {
    String index = resource("nl/veerkracht/rules/model/" + RuleBase.CURRENT_VERSION + ".properties");
    List<String> generated = List.of(index.lines().filter(line -> line.startsWith("classes="))
        .findFirst().orElseThrow().substring("classes=".length()).split(","));

    assertThat(generated).hasSizeGreaterThan(10).allSatisfy(name -> assertThat(exists(name)).as(name).isTrue())
        .anySatisfy(name -> assertThat(name).startsWith("nl.veerkracht.rules.base.v2026_4.Rules"));
    assertThat(RuleBase.current().identity().parts())
        .containsEntry("code", "sha256:" + DecidingCode.fingerprint(generated))
        .doesNotContainEntry("code", "sha256:" + DecidingCode.fingerprint());
    assertThat(DecidingCode.fingerprint(generated.subList(1, generated.size())))
        .isNotEqualTo(DecidingCode.fingerprint(generated));
  }

  /** The closure of the DRL types and the roots over constant-pool references within nl.veerkracht. */
  static Set<String> usedClasses() throws IOException {
    Deque<String> todo = new ArrayDeque<>();
    for (String version : List.of("2026.1", "2026.2", RuleBase.CURRENT_VERSION)) {
      Matcher types = DRL_TYPE.matcher(resource("nl/veerkracht/rules/base/" + version + "/allocation.drl"));
      while (types.find()) {
        todo.add(types.group(1));
      }
    }
    ROOTS.forEach(root -> todo.add(root.getName()));
    Set<String> seen = new TreeSet<>();
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name)) {
        continue;
      }
      Matcher references = CLASS_NAME.matcher(classFile(name));
      while (references.find()) {
        String referenced = references.group().replace('/', '.');
        if (!seen.contains(referenced) && exists(referenced)) {
          todo.add(referenced);
        }
      }
    }
    return seen;
  }

  private static String classFile(String name) throws IOException {
    try (InputStream in = DecidingCodeTest.class.getClassLoader()
        .getResourceAsStream(name.replace('.', '/') + ".class")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static boolean exists(String name) {
    return DecidingCodeTest.class.getClassLoader().getResource(name.replace('.', '/') + ".class") != null;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DecidingCodeTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
