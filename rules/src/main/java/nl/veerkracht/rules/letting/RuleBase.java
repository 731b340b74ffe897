package nl.veerkracht.rules.letting;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.veerkracht.rules.LegalParameters;
import nl.veerkracht.rules.Policy;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
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

  /**
   * Where the build writes the index of a version's executable model ({@link RuleModelGenerator}):
   * {@code <version>.properties} with the model class and the digest of the DRL it came from.
   */
  static final String MODELS = "nl/veerkracht/rules/model/";

  private static final Map<String, RuleBase> LOADED = new ConcurrentHashMap<>();

  private final String version;
  private final Identity identity;
  private final KieBase kieBase;
  private final boolean executableModel;
  private final HouseholdFacts householdFacts;
  private final Map<String, RuleInfo> catalogue;
  private final TraceTexts texts;

  private RuleBase(String version, List<String> ruleResources) {
    this.version = version;
    Properties model = modelIndex(version);
    this.executableModel = model != null;
    this.kieBase = executableModel ? fromModel(version, model, ruleResources) : compile(ruleResources);
    this.householdFacts = HouseholdFacts.of(kieBase);
    this.catalogue = Collections.unmodifiableMap(catalogue(kieBase));
    this.texts = TraceTexts.load(BASE + version);
    this.identity = identify(version, ruleResources, texts, generatedClasses(model));
  }

  /**
   * What identifies a version, part by part: its rules (the DRL files), its parameters, its texts
   * and the deciding code ({@link DecidingCode}), each as {@code sha256:} and a hex digest.
   * {@code hash} is the SHA-256 over the four parts. A version from before the parts (2026.1 and
   * older, without texts) keeps the hash its decisions were recorded with: the SHA-256 over its
   * DRL files and parameters in path order; it has no texts part.
   */
  public record Identity(String hash, Map<String, String> parts) {
  }

  private static Identity identify(String version, List<String> ruleResources, TraceTexts texts,
      List<String> generatedClasses) {
    String parameters = BASE + version + "/" + LegalParameters.FILE;
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("rules", rulesDigest(ruleResources));
    parts.put("parameters", "sha256:" + sha256(List.of(parameters)));
    parts.put("code", "sha256:" + DecidingCode.fingerprint(generatedClasses));
    if (texts.isEmpty()) {
      List<String> hashed = new ArrayList<>(ruleResources);
      hashed.add(parameters);
      Collections.sort(hashed);
      return new Identity("sha256:" + sha256(hashed), Collections.unmodifiableMap(parts));
    }
    parts.put("texts", "sha256:" + sha256(List.of(BASE + version + "/" + TraceTexts.file(Language.NL),
        BASE + version + "/" + TraceTexts.file(Language.EN))));
    StringBuilder all = new StringBuilder();
    parts.forEach((part, digest) -> all.append(part).append('=').append(digest).append('\n'));
    return new Identity("sha256:" + Policy.sha256(all.toString()), Collections.unmodifiableMap(parts));
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

  /** The version's DRL files, as class path resources in load order. */
  static List<String> resourcesOf(String version) {
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

  /** Whether the rules run from the executable model generated at build time, rather than compiled from DRL at run time. */
  public boolean executableModel() {
    return executableModel;
  }

  public String hash() {
    return identity.hash();
  }

  /** The hash and the digest of each part (rules, parameters, code, texts). */
  public Identity identity() {
    return identity;
  }

  /** The texts the version renders its messages with. */
  public TraceTexts texts() {
    return texts;
  }

  /**
   * A trace entry for a reader: the message in the language, the law, article and link from the
   * table of legal sources. An entry recorded before texts were data keeps its recorded words.
   */
  public TraceEntry render(TraceEntry entry, Language language) {
    RuleInfo rule = catalogue.get(entry.rule());
    LegalSource source = rule != null ? rule.source() : LegalSource.forBasis(entry.basis());
    String words = entry.message() == null ? entry.detail() : texts.render(entry.asMessage(), language);
    return entry.rendered(words, source.law(language), source);
  }

  /** A decision for a reader: every trace entry rendered, and the reason of a provisional letting. */
  public VacancyDecision render(VacancyDecision decision, Language language) {
    return decision.rendered(entry -> render(entry, language));
  }

  /** The rule's name in a language, or the name as recorded for a rule this version does not know. */
  public String ruleName(String rule, Language language) {
    RuleInfo info = catalogue.get(rule);
    return info == null ? rule : info.name(language);
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
      householdFacts.of(letting, respondents).forEach(session::insert);
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

  /**
   * The facts a version's rules decide the households on: from 2026.4 one {@link Candidates} per
   * kind of household, in 2026.3 one {@link Candidacy} per household, before the {@link Respondent}
   * itself.
   */
  private enum HouseholdFacts {
    RESPONDENTS, CANDIDACIES, CANDIDATES;

    static HouseholdFacts of(KieBase kieBase) {
      if (decidesOn(kieBase, Candidates.class)) {
        return CANDIDATES;
      }
      return decidesOn(kieBase, Candidacy.class) ? CANDIDACIES : RESPONDENTS;
    }

    Collection<?> of(Letting letting, List<Respondent> respondents) {
      if (this == CANDIDATES) {
        return Candidates.of(letting, respondents);
      }
      return this == CANDIDACIES ? respondents.stream().map(respondent -> new Candidacy(letting, respondent)).toList()
          : respondents;
    }

    private static boolean decidesOn(KieBase kieBase, Class<?> factClass) {
      return ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream().map(ObjectTypeNode::getObjectType)
          .anyMatch(type -> type instanceof ClassObjectType classType && classType.getClassType() == factClass);
    }
  }

  /**
   * The classes of the version's executable model: deciding code like {@link DecidingCode#CLASSES},
   * generated from the DRL by the Drools of the build, so a new Drools that generates other code
   * gives another {@code code} hash. None when the version is compiled at run time.
   */
  private static List<String> generatedClasses(Properties index) {
    String classes = index == null ? "" : index.getProperty("classes", "");
    return classes.isEmpty() ? List.of() : List.of(classes.split(","));
  }

  /** The version's index of its generated executable model, or null when the build generated none. */
  private static Properties modelIndex(String version) {
    String index = MODELS + version + ".properties";
    if (RuleBase.class.getClassLoader().getResource(index) == null) {
      return null;
    }
    Properties properties = new Properties();
    try (Reader in = new StringReader(text(index))) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The rule base from its executable model, which must have been generated from exactly the version's DRL. */
  private static KieBase fromModel(String version, Properties index, List<String> resources) {
    if (!rulesDigest(resources).equals(index.getProperty("rules"))) {
      throw new IllegalStateException("the executable model of rule base " + version
          + " was generated from other rules than its DRL files: rebuild the rules module");
    }
    try {
      Model model = (Model) Class.forName(index.getProperty("model"), true, RuleBase.class.getClassLoader())
          .getDeclaredConstructor().newInstance();
      return KieBaseBuilder.createKieBaseFromModel(model);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the executable model of rule base " + version + " does not load: " + e, e);
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

  /** The identity's {@code rules} part: the digest of the DRL files. */
  static String rulesDigest(List<String> resources) {
    return "sha256:" + sha256(resources);
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

  static String text(String resource) {
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
