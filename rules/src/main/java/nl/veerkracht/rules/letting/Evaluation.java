package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The result of letting a scenario's vacancies ({@code veerkracht-evaluation/1}), with the
 * input of each decision kept beside it (not written) for the audit trail.
 */
@JsonPropertyOrder({"format", "policy", "rules", "vacancies"})
public record Evaluation(PolicyRef policy, RulesRef rules, List<VacancyDecision> vacancies,
    @JsonIgnore List<DecisionInput> inputs) {

  public static final String FORMAT = "veerkracht-evaluation/1";

  @JsonProperty("format")
  public String format() {
    return FORMAT;
  }

  /** This result for a reader: every trace rendered in the language by the rule base version it was decided with. */
  public Evaluation rendered(Language language) {
    RuleBase base = RuleBase.version(rules.version());
    return new Evaluation(policy, rules, vacancies.stream().map(vacancy -> base.render(vacancy, language)).toList(),
        inputs);
  }

  /** The policy a result was decided under. */
  public record PolicyRef(String name, String hash) {
  }

  /** The rule base version a result was decided with. */
  public record RulesRef(String version, String hash) {
  }
}
