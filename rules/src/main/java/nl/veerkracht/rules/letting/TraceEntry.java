package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One step of a decision: the rule as the rule base names it, its rule code ({@code basis}),
 * what it decided, and what it found as a message code with its parameters. That is the record.
 *
 * <p>Rendered for a reader ({@link RuleBase#render}), an entry also carries {@code detail} (the
 * message in the reader's language) and {@code law}, {@code article} and {@code link} from the
 * table of legal sources. A decision recorded before texts were data has no message, only the
 * English {@code detail} it was recorded with, which is shown as it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "basis", "outcome", "law", "article", "link", "detail", "message", "args"})
public record TraceEntry(String rule, String basis, String outcome, String message, Map<String, String> args,
    String detail, String law, String article, String link) {

  /** The record of a rule that fired. */
  static TraceEntry of(RuleInfo rule, Message message) {
    return new TraceEntry(rule.name(), rule.basis(), rule.outcome(), message.code(), message.args(), null, null, null,
        null);
  }

  /** The message, or null for an entry recorded before texts were data. */
  public Message asMessage() {
    return message == null ? null : new Message(message, args);
  }

  /** This entry with its words and its legal source for a reader. */
  TraceEntry rendered(String words, String lawName, LegalSource source) {
    return new TraceEntry(rule, basis, outcome, message, args, words, lawName, source.article(), source.link());
  }
}
