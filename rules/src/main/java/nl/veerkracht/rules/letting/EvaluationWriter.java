package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;

/**
 * Writes a {@code veerkracht-evaluation/1} result vacancy by vacancy as the run decides it, every
 * trace rendered in a language: the same bytes as {@link ScenarioJson#writePretty} of the whole
 * {@link Evaluation#rendered rendered evaluation}, without holding it (a national year's result
 * is tens of gigabytes). Counts the vacancies and lettings it wrote.
 */
public final class EvaluationWriter implements LettingRun.Decisions {

  private final OutputStream out;
  private final JsonGenerator json;
  private final Language language;
  private RuleBase ruleBase;
  private Evaluation.PolicyRef policy;
  private Evaluation.RulesRef rules;
  private long vacancies;
  private long lettings;

  private EvaluationWriter(OutputStream out, Language language) {
    this.out = out;
    this.json = ScenarioJson.prettyGenerator(out);
    this.language = language;
  }

  /**
   * Lets every vacancy of a (validated) scenario with the rule base and writes the result onto
   * {@code out}, which it leaves open.
   */
  public static EvaluationWriter write(Scenario scenario, RuleBase ruleBase, Language language, OutputStream out) {
    EvaluationWriter writer = new EvaluationWriter(out, language);
    LettingRun.evaluate(scenario, ruleBase, writer);
    writer.finish();
    return writer;
  }

  @Override
  public void start(Evaluation.PolicyRef policy, Evaluation.RulesRef rules) {
    this.policy = policy;
    this.rules = rules;
    this.ruleBase = RuleBase.version(rules.version());
    try {
      json.writeStartObject();
      json.writeStringField("format", Evaluation.FORMAT);
      json.writeObjectField("policy", policy);
      json.writeObjectField("rules", rules);
      json.writeArrayFieldStart("vacancies");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void decided(DecisionInput input, VacancyDecision decision) {
    try {
      json.writeObject(ruleBase.render(decision, language));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    vacancies++;
    if (decision.winner() != null) {
      lettings++;
    }
  }

  /** Closes the document as {@link ScenarioJson#writePretty} does. */
  private void finish() {
    try {
      json.writeEndArray();
      json.writeEndObject();
      ScenarioJson.endPretty(json, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Evaluation.PolicyRef policy() {
    return policy;
  }

  public Evaluation.RulesRef rules() {
    return rules;
  }

  public long vacancies() {
    return vacancies;
  }

  public long lettings() {
    return lettings;
  }
}
