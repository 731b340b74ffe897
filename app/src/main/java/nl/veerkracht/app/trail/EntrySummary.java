package nl.veerkracht.app.trail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.veerkracht.app.audit.AuditEntry;

/**
 * What an entry says, as a message code ({@code trail.summary.KIND[.variant]}) with its
 * parameters taken from the stored entry; the sentence itself is made in the reader's language
 * when it is read, never stored. The first parameter is always the actor. Ids are passed as
 * text (never grouped as numbers), counts as numbers, days as {@link LocalDate}, codes a reader
 * sees as a {@link Label}.
 */
record EntrySummary(String code, List<Object> args) {

  static final String PREFIX = "trail.summary.";

  /** A code shown by its label, the message {@code key}. */
  record Label(String key) {
  }

  static EntrySummary of(AuditEntry entry) {
    JsonNode content = entry.contentTree();
    String actor = entry.actor();
    return switch (entry.kind()) {
      case "DECISION" -> decision(actor, entry.seq(), content.path("outcome"));
      case "EVALUATION" -> evaluation(actor, content);
      case "IMPORT" -> new EntrySummary(PREFIX + "IMPORT", List.of(actor, text(content, "dataset"),
          text(content, "name"), date(content, "referenceDate"), count(content.path("counts"), "units"),
          count(content.path("counts"), "seekers"), count(content.path("counts"), "vacancies"),
          count(content.path("counts"), "clients")));
      case "PLAN" -> new EntrySummary(PREFIX + "PLAN", List.of(actor, text(content, "plan"), text(content, "dataset"),
          count(content, "placed"), content.path("unassigned").size()));
      case "MATCH_ACTION" -> matchAction(actor, content);
      case "SENSITIVE_READ" -> sensitiveRead(actor, entry.subject());
      case "SIMULATION" -> new EntrySummary(PREFIX + "SIMULATION." + lower(text(content, "status")), List.of(actor,
          text(content, "simulation"), text(content, "dataset"), content.path("variants").size(),
          count(content, "months")));
      case "POLICY" -> new EntrySummary(PREFIX + "POLICY", List.of(actor, text(content, "name"), entry.subject()));
      case "RULE_BASE" -> new EntrySummary(PREFIX + "RULE_BASE", List.of(actor, text(content, "version"),
          entry.subject()));
      case "USER_ADMIN" -> userAdmin(actor, content);
      case "SIGN_IN" -> new EntrySummary(PREFIX + "SIGN_IN." + text(content, "event"), List.of(actor,
          text(content, "user")));
      default -> other(entry);
    };
  }

  /** A change to a user (its name) or to an API token (its name). */
  private static EntrySummary userAdmin(String actor, JsonNode content) {
    String action = text(content, "action");
    String about = action.startsWith("token-") ? text(content, "name") : text(content, "user");
    return new EntrySummary(PREFIX + "USER_ADMIN." + action, List.of(actor, about));
  }

  /** The summary when a kind or variant has no message of its own: who, what kind, about what. */
  static EntrySummary other(AuditEntry entry) {
    return new EntrySummary(PREFIX + "other", List.of(entry.actor(), entry.kind(), entry.subject()));
  }

  private static EntrySummary decision(String actor, long seq, JsonNode outcome) {
    String winner = text(outcome, "winner");
    return winner.isEmpty()
        ? new EntrySummary(PREFIX + "DECISION.none", List.of(actor, Long.toString(seq), text(outcome, "unit"),
            date(outcome, "publishedOn")))
        : new EntrySummary(PREFIX + "DECISION", List.of(actor, Long.toString(seq), text(outcome, "unit"),
            date(outcome, "publishedOn"), winner, new Label("priorityGroup." + text(outcome, "winnerGroup"))));
  }

  private static EntrySummary evaluation(String actor, JsonNode content) {
    JsonNode decisions = content.path("decisions");
    String first = decisions.isEmpty() ? "" : decisions.get(0).asText();
    String last = decisions.isEmpty() ? "" : decisions.get(decisions.size() - 1).asText();
    String dataset = text(content, "dataset");
    return new EntrySummary(PREFIX + "EVALUATION" + (dataset.isEmpty() ? ".posted" : ""), List.of(actor,
        decisions.size(), count(content, "let"), first, last, dataset));
  }

  private static EntrySummary matchAction(String actor, JsonNode content) {
    String action = text(content, "action");
    String to = "SWAP".equals(action) || "CHANGE".equals(action) ? text(content, "to") : text(content, "unit");
    String from = "SWAP".equals(action) || "CHANGE".equals(action) ? text(content, "from") : text(content, "unit");
    return new EntrySummary(PREFIX + "MATCH_ACTION." + lower(action), List.of(actor, text(content, "match"),
        text(content, "client"), from, to, text(content, "reason"), text(content, "plan")));
  }

  private static EntrySummary sensitiveRead(String actor, String subject) {
    int space = subject.indexOf(' ');
    String what = space < 0 ? subject : subject.substring(0, space);
    String id = space < 0 ? "" : subject.substring(space + 1);
    return new EntrySummary(PREFIX + "SENSITIVE_READ." + what, List.of(actor, id));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? "" : value.asText();
  }

  private static long count(JsonNode node, String field) {
    return node.path(field).asLong();
  }

  private static Object date(JsonNode node, String field) {
    String value = text(node, field);
    return value.isEmpty() ? "" : LocalDate.parse(value);
  }

  private static String lower(String code) {
    return code.toLowerCase(Locale.ROOT);
  }
}
