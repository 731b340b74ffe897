package nl.veerkracht.rules.letting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * A rule of the rule base as an auditor reads it: its name (the English name the rule base and
 * the trace use, and a Dutch one), the rule code it decides on ({@code basis}), the outcome it
 * gives, and what it rests on, from the table of legal sources.
 */
@JsonPropertyOrder({"name", "nameNl", "basis", "outcome", "law", "identifier", "article", "link"})
public record RuleInfo(String name, String nameNl, String basis, String outcome, @JsonIgnore LegalSource source) {

  /**
   * From a Drools rule's metadata: {@code @basis}, {@code @outcome}, and {@code @nl} (its Dutch
   * name; a version without it shows the English name). The legal source is the table's source of
   * the basis; the {@code @law}, {@code @article} and {@code @link} that older versions carry are not read.
   */
  static RuleInfo of(String name, Map<String, Object> metadata) {
    String basis = text(metadata, "basis");
    Object dutch = metadata.get("nl");
    return new RuleInfo(name, dutch == null ? name : dutch.toString(), basis, text(metadata, "outcome"),
        LegalSource.forBasis(basis));
  }

  /** The rule's name in a language. */
  public String name(Language language) {
    return language == Language.EN ? name : nameNl;
  }

  @JsonProperty("law")
  public String law() {
    return source.law(Language.NL);
  }

  @JsonProperty("identifier")
  public String identifier() {
    return source.identifier();
  }

  @JsonProperty("article")
  public String article() {
    return source.article();
  }

  @JsonProperty("link")
  public String link() {
    return source.link();
  }

  private static String text(Map<String, Object> metadata, String key) {
    Object value = metadata.get(key);
    if (value == null) {
      throw new IllegalStateException("rule metadata @" + key + " missing");
    }
    return value.toString();
  }
}
