package nl.veerkracht.app.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.planner.PlanResult;
import nl.veerkracht.planner.Statement;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The planner's statements in the reader's language: the message {@code planner.*} of the
 * bundles, with dates and counts in the language's format. Statements are stored as JSON
 * ({@code [{"code": ..., "args": [...]}]}); a stored plain string (a plan made before
 * explanations were statements) is shown as it is.
 */
@Component
public class PlanTexts {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COUNT = Pattern.compile("-?\\d{1,12}");

  private final MessageSource messages;

  public PlanTexts(MessageSource messages) {
    this.messages = messages;
  }

  /** For the command line, which runs without Spring: the same bundles. */
  public static PlanTexts standalone() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasename("messages");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return new PlanTexts(bundles);
  }

  public String render(Statement statement, Locale locale) {
    if (statement.code() == null) {
      return String.join(" ", statement.args());
    }
    Formats formats = Formats.of(locale);
    Object[] args = statement.args().stream().map(arg -> format(arg, formats)).toArray();
    return messages.getMessage(statement.code(), args, locale);
  }

  public List<String> render(List<Statement> statements, Locale locale) {
    return statements.stream().map(statement -> render(statement, locale)).toList();
  }

  /** A next-best dwelling as {@code veerkracht-plan/1} has it: what would change, in one sentence. */
  public RenderedAlternative render(PlanResult.Alternative alternative, Locale locale) {
    return new RenderedAlternative(alternative.unit(), alternative.street(),
        String.join("; ", render(alternative.change(), locale)));
  }

  /** {@code {"unit", "street", "change"}}. */
  public record RenderedAlternative(String unit, String street, String change) {
  }

  /** A plan in {@code veerkracht-plan/1} as a reader gets it: every statement in words. */
  @JsonPropertyOrder({"format", "policy", "score", "placed", "placedBy", "assignments", "unassigned", "streets"})
  public record RenderedPlan(String format, PlanResult.PolicyRef policy, String score, int placed,
      nl.veerkracht.planner.PlacedBy placedBy, List<RenderedAssignment> assignments, List<PlanView.UnassignedView> unassigned,
      List<PlanResult.StreetUse> streets) {
  }

  public record RenderedAssignment(String client, String unit, String street, List<String> explanation,
      List<RenderedAlternative> alternatives) {
  }

  public RenderedPlan render(PlanResult plan, Locale locale) {
    return new RenderedPlan(plan.format(), plan.policy(), plan.score(), plan.placed(), plan.placedBy(),
        plan.assignments().stream().map(a -> new RenderedAssignment(a.client(), a.unit(), a.street(),
            render(a.explanation(), locale), a.alternatives().stream().map(alt -> render(alt, locale)).toList()))
            .toList(),
        plan.unassigned().stream().map(u -> new PlanView.UnassignedView(u.client(), render(u.reasons(), locale)))
            .toList(),
        plan.streets());
  }

  private static String format(String arg, Formats formats) {
    if (DATE.matcher(arg).matches()) {
      return formats.date(arg);
    }
    return COUNT.matcher(arg).matches() ? formats.integer(Long.parseLong(arg)) : arg;
  }

  static String json(Object value) {
    try {
      return ScenarioJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stored statements; a plain string stored before statements existed becomes a statement without a code. */
  static List<Statement> statements(String json) {
    List<Statement> statements = new ArrayList<>();
    if (json == null) {
      return statements;
    }
    for (JsonNode node : tree(json)) {
      statements.add(node.isTextual() ? new Statement(null, List.of(node.asText())) : statement(node));
    }
    return statements;
  }

  static List<PlanResult.Alternative> alternatives(String json) {
    List<PlanResult.Alternative> alternatives = new ArrayList<>();
    if (json == null) {
      return alternatives;
    }
    for (JsonNode node : tree(json)) {
      List<Statement> change = new ArrayList<>();
      node.get("change").forEach(c -> change.add(statement(c)));
      alternatives.add(new PlanResult.Alternative(node.get("unit").asText(), node.get("street").asText(), change));
    }
    return alternatives;
  }

  private static Statement statement(JsonNode node) {
    List<String> args = new ArrayList<>();
    node.get("args").forEach(arg -> args.add(arg.asText()));
    return new Statement(node.get("code").asText(), args);
  }

  private static JsonNode tree(String json) {
    try {
      return ScenarioJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
