package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.veerkracht.app.i18n.Formats;
import nl.veerkracht.app.i18n.Labels;
import nl.veerkracht.rules.indicators.Typology;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A variant's policy as a policymaker reads it on a run's page: its name and, for each field it
 * sets, the field's label and its value in words ({@code field.<field>}, as problems name it); a
 * field without a label of its own is shown as the JSON it was given.
 */
public record VariantSettings(String name, List<Setting> settings) {

  /**
   * One field: its label (a message key) and its value in words, or, for a field without a label
   * of its own, its name and its JSON as given.
   */
  public record Setting(String label, String field, String text, String json) {
  }

  private static final String LABEL = "field.";

  /** The variants of a stored request ({@code request.variants}), in the reader's language. */
  static List<VariantSettings> of(JsonNode variants, Formats fmt, Labels labels, MessageSource messages) {
    List<VariantSettings> shown = new ArrayList<>();
    for (JsonNode policy : variants) {
      List<Setting> settings = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> fields = policy.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("name")) {
          settings.add(setting(field.getKey(), field.getValue(), fmt, labels, messages));
        }
      }
      shown.add(new VariantSettings(policy.path("name").asText("baseline"), settings));
    }
    return shown;
  }

  private static Setting setting(String field, JsonNode value, Formats fmt, Labels labels, MessageSource messages) {
    String text = switch (field) {
      case "art9ShareOverride", "urgentQuotaDefault" -> share(value, fmt);
      case "art9AboveUrgent" -> messages.getMessage(value.asBoolean() ? "simulation.yes" : "simulation.no", null,
          LocaleContextHolder.getLocale());
      case "rentSteering" -> rentSteering(value, fmt, labels, messages);
      case "designationsAdd", "designationsRemove", "urgentQuotas" -> value.isArray() ? fmt.integer(value.size()) : null;
      default -> null;
    };
    return text == null ? new Setting(null, field, null, value.toString()) : new Setting(LABEL + field, field, text, null);
  }

  /** A share as written when it is a fraction ({@code 1/2}), a number as a percentage ({@code 30%}). */
  private static String share(JsonNode value, Formats fmt) {
    if (value.isNumber()) {
      return fmt.percent(value.decimalValue());
    }
    String text = value.asText();
    return text.matches("[0-9]+(\\.[0-9]+)?") ? fmt.percent(new BigDecimal(text)) : text;
  }

  private static String rentSteering(JsonNode steering, Formats fmt, Labels labels, MessageSource messages) {
    String typologies = StreamSupport.stream(steering.path("typologies").spliterator(), false)
        .map(t -> typology(t.asText(), labels))
        .collect(Collectors.joining(", "));
    return messages.getMessage("simulation.rentSteering.value",
        new Object[] {share(steering.path("share"), fmt), typologies}, LocaleContextHolder.getLocale());
  }

  private static String typology(String code, Labels labels) {
    try {
      return labels.of(Typology.valueOf(code));
    } catch (IllegalArgumentException unknown) {
      return code;
    }
  }
}
