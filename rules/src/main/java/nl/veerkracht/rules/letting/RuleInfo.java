package nl.veerkracht.rules.letting;

import java.util.Map;

/**
 * A rule of the rule base as an auditor reads it: its name, the rule code it decides on
 * ({@code basis}), the outcome it gives, and where the law says so.
 */
public record RuleInfo(String name, String basis, String outcome, String law, String article, String link) {

  /** From a Drools rule's metadata ({@code @basis}, {@code @outcome}, {@code @law}, {@code @article}, {@code @link}). */
  static RuleInfo of(String name, Map<String, Object> metadata) {
    return new RuleInfo(name, text(metadata, "basis"), text(metadata, "outcome"), text(metadata, "law"),
        text(metadata, "article"), text(metadata, "link"));
  }

  private static String text(Map<String, Object> metadata, String key) {
    Object value = metadata.get(key);
    if (value == null) {
      throw new IllegalStateException("rule metadata @" + key + " missing");
    }
    return value.toString();
  }
}
