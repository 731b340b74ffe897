package nl.veerkracht.rules.letting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.veerkracht.rules.LegalParameters;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * A version of the Drools rule base, compiled once and shared: its rules decide vacancies
 * ({@link LettingRules}); its version label and hash identify it in every decision. Every
 * version ever put in use stays here, so that old decisions can be replayed as they were made.
 */
public final class RuleBase implements LettingRules {

  public static final String CURRENT_VERSION = LegalParameters.CURRENT_VERSION;

  /**
   * Each version is a folder with an index {@code rules.txt} naming its DRL files, one a line,
   * and the legal parameters it decides with ({@code parameters.json}).
   */
  private static final String BASE = LegalParameters.BASE;

  private static final Map<String, RuleBase> LOADED = new ConcurrentHashMap<>();

  private final String version;
  private final String hash;
  private final KieBase kieBase;
  private final Map<String, RuleInfo> catalogue;

  private RuleBase(String version, List<String> ruleResources) {
    this.version = version;
    this.kieBase = compile(ruleResources);
    this.catalogue = Collections.unmodifiableMap(catalogue(kieBase));
    List<String> hashed = new ArrayList<>(ruleResources);
    hashed.add(BASE + version + "/" + LegalParameters.FILE);
    Collections.sort(hashed);
    this.hash = "sha256:" + sha256(hashed);
  }

  public static RuleBase current() {
    return version(CURRENT_VERSION);
  }

  /**
   * A version of the rule base, compiled on first use. Every version ever put in use keeps its
   * folder, so that decisions made with it can be replayed; unknown versions are an error.
   */
  public static RuleBase version(String version) {
    return LOADED.computeIfAbsent(version, v -> new RuleBase(v, resourcesOf(v)));
  }

  private static List<String> resourcesOf(String version) {
    if (!version.matches("[A-Za-z0-9._-]+")
        || RuleBase.class.getClassLoader().getResource(BASE + version + "/rules.txt") == null) {
      throw new IllegalArgumentException("unknown rule base version " + version);
    }
    return text(BASE + version + "/rules.txt").lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(file -> BASE + version + "/" + file)
        .toList();
  }

  public String version() {
    return version;
  }

  public String hash() {
    return hash;
  }

  /** The rules by name, with their codes and legal basis. */
  public Map<String, RuleInfo> catalogue() {
    return catalogue;
  }

  @Override
  public Verdicts decide(Letting letting, List<Respondent> respondents) {
    Verdicts verdicts = new Verdicts();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("trace", new DroolsTrace(verdicts, catalogue));
      session.insert(letting);
      for (Respondent respondent : respondents) {
        session.insert(respondent);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return verdicts;
  }

  private static KieBase compile(List<String> resources) {
    KieHelper helper = new KieHelper();
    resources.forEach(resource -> helper.addResource(
        KieServices.get().getResources().newByteArrayResource(text(resource).getBytes(StandardCharsets.UTF_8))
            .setSourcePath("src/main/resources/" + resource), ResourceType.DRL));
    try {
      return helper.build();
    } catch (RuntimeException e) {
      throw new IllegalStateException("the rule base does not compile: " + e.getMessage(), e);
    }
  }

  private static Map<String, RuleInfo> catalogue(KieBase kieBase) {
    Map<String, RuleInfo> byName = new TreeMap<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        byName.put(rule.getName(), RuleInfo.of(rule.getName(), rule.getMetaData()));
      }
    }
    return new LinkedHashMap<>(byName);
  }

  private static String sha256(List<String> resources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      resources.forEach(resource -> digest.update(text(resource).getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing rule base resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
