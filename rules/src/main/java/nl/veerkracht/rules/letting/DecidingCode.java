package nl.veerkracht.rules.letting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java classes whose logic can change a verdict, a rank or a trace: the facts and their
 * comparisons ({@link Letting}, {@link Respondent}), the exact arithmetic, the letting run with its
 * state, ranking and yearly reset, the trace's messages, the legal sources, the rule base that
 * loads and runs the rules, and every Veerkracht class they use. A class is named by its binary
 * name, so that package-private helpers count too. Their class bytes are part of a rule base's identity, so a change of any of
 * them gives a new hash. {@code DecidingCodeTest} derives the classes the rules and the letting
 * run use from the DRL imports and the classes' constant pools, and fails when one is missing here.
 */
public final class DecidingCode {

  /** Every class of the fingerprint, by binary name; sorted when hashed. */
  public static final List<String> CLASSES = List.of(
      // the facts, their comparisons and the exact arithmetic
      "nl.veerkracht.rules.letting.Letting", "nl.veerkracht.rules.letting.Respondent",
      "nl.veerkracht.rules.letting.Candidacy", "nl.veerkracht.rules.letting.Candidates",
      "nl.veerkracht.rules.letting.Candidates$Facts", "nl.veerkracht.rules.letting.HouseholdVerdict",
      "nl.veerkracht.rules.letting.OwnerCounters", "nl.veerkracht.rules.Exact", "nl.veerkracht.rules.YearParameters",
      "nl.veerkracht.rules.HouseholdType",
      // the letting run: order, state, yearly reset, ranking and tie-breaks; direct mediation; the rule base
      "nl.veerkracht.rules.letting.LettingRun", "nl.veerkracht.rules.letting.LettingRun$Decisions",
      "nl.veerkracht.rules.letting.LettingRun$Collected", "nl.veerkracht.rules.letting.LettingRules",
      "nl.veerkracht.rules.letting.Mediation", "nl.veerkracht.rules.letting.Mediation$UnitClass",
      "nl.veerkracht.rules.letting.Verdicts", "nl.veerkracht.rules.letting.Verdicts$RespondentVerdict",
      "nl.veerkracht.rules.letting.DroolsTrace", "nl.veerkracht.rules.letting.Group",
      "nl.veerkracht.rules.letting.Status", "nl.veerkracht.rules.letting.RuleBase",
      "nl.veerkracht.rules.letting.RuleBase$Identity", "nl.veerkracht.rules.letting.RuleBase$HouseholdFacts",
      "nl.veerkracht.rules.letting.DecidingCode",
      // the record of a decision and its words
      "nl.veerkracht.rules.letting.Details", "nl.veerkracht.rules.letting.Message",
      "nl.veerkracht.rules.letting.Message$Builder", "nl.veerkracht.rules.letting.TraceEntry",
      "nl.veerkracht.rules.letting.TraceTexts", "nl.veerkracht.rules.letting.Language",
      "nl.veerkracht.rules.letting.LegalSource", "nl.veerkracht.rules.letting.LegalSource$Kind",
      "nl.veerkracht.rules.letting.RuleInfo", "nl.veerkracht.rules.letting.CandidateResult",
      "nl.veerkracht.rules.letting.VacancyDecision", "nl.veerkracht.rules.letting.DecisionInput",
      "nl.veerkracht.rules.letting.Evaluation", "nl.veerkracht.rules.letting.Evaluation$PolicyRef",
      "nl.veerkracht.rules.letting.Evaluation$RulesRef",
      // the policy and the parameters the run decides with
      "nl.veerkracht.rules.Policy", "nl.veerkracht.rules.LegalParameters",
      "nl.veerkracht.rules.LegalParameters$IncompleteYear",
      // the scenario's records the run reads, and their exact shares and JSON
      "nl.veerkracht.scenario.Activity", "nl.veerkracht.scenario.Area", "nl.veerkracht.scenario.Article",
      "nl.veerkracht.scenario.CareProvider", "nl.veerkracht.scenario.Client", "nl.veerkracht.scenario.ClientGroup",
      "nl.veerkracht.scenario.Designation", "nl.veerkracht.scenario.IncomeSource",
      "nl.veerkracht.scenario.IndicatorValues", "nl.veerkracht.scenario.InvalidInputException",
      "nl.veerkracht.scenario.OwnerState", "nl.veerkracht.scenario.Problem", "nl.veerkracht.scenario.ProblemTexts",
      "nl.veerkracht.scenario.Scenario",
      "nl.veerkracht.scenario.ScenarioJson", "nl.veerkracht.scenario.Screening", "nl.veerkracht.scenario.Seeker",
      "nl.veerkracht.scenario.Share", "nl.veerkracht.scenario.Share$Deserializer",
      "nl.veerkracht.scenario.Share$Serializer", "nl.veerkracht.scenario.SupportLevel",
      "nl.veerkracht.scenario.Unit", "nl.veerkracht.scenario.Urgency", "nl.veerkracht.scenario.Urgency$Ground",
      "nl.veerkracht.scenario.UrgentQuota", "nl.veerkracht.scenario.Vacancy");

  private DecidingCode() {
  }

  /** The SHA-256 over the class files of {@link #CLASSES}, in name order, in hex. */
  public static String fingerprint() {
    return fingerprint(List.of());
  }

  /**
   * The SHA-256 over the class files of {@link #CLASSES} and the given generated classes (a rule
   * base version's executable model), in name order, in hex.
   */
  public static String fingerprint(List<String> generated) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      Stream.concat(CLASSES.stream(), generated.stream()).sorted().forEach(name -> {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes(name));
      });
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class file of a class, by binary name, as the class path holds it. */
  static byte[] bytes(String name) {
    String resource = name.replace('.', '/') + ".class";
    try (InputStream in = DecidingCode.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no class file for " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
