package nl.veerkracht.app.i18n;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.plan.PlanStatus;
import nl.veerkracht.app.simulation.SimulationStatus;
import nl.veerkracht.app.user.Role;
import nl.veerkracht.rules.indicators.Typology;
import nl.veerkracht.rules.letting.Group;
import nl.veerkracht.rules.letting.Status;
import nl.veerkracht.scenario.ClientGroup;
import nl.veerkracht.scenario.SupportLevel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reader's name for a code: an enum constant is shown by the message
 * {@code <prefix>.<CONSTANT>} (for example {@code planStatus.DONE} = "Klaar"), never as the
 * constant itself. {@link #PREFIXES} says which prefix each labelled enum has; a test checks
 * that every constant of every listed enum has its message in both bundles.
 *
 * <p>In templates: {@code ${@labels.of(p.status)}}, or {@code #{'planStatus.' + ${p.status}}}
 * where the value is a plain string.
 */
@Component("labels")
public class Labels {

  /** The message prefix of each enum shown to readers. Add an enum here with its keys. */
  public static final Map<Class<? extends Enum<?>>, String> PREFIXES = prefixes();

  private static final String BASELINE = "baseline";

  private final MessageSource messages;

  public Labels(MessageSource messages) {
    this.messages = messages;
  }

  /** The label of a constant in the request's language. */
  public String of(Enum<?> value) {
    return of(value, LocaleContextHolder.getLocale());
  }

  /** The label of a constant in the given language; {@code null} gives an empty string. */
  public String of(Enum<?> value, Locale locale) {
    return value == null ? "" : messages.getMessage(key(value), null, locale);
  }

  /**
   * A policy's name as a reader sees it: the name the policy was given, except the built-in
   * {@code baseline} (the legal rules without a variant), which has a name in each language.
   */
  public String policyName(String name) {
    return BASELINE.equals(name) ? messages.getMessage("policy.name.baseline", null, LocaleContextHolder.getLocale())
        : name;
  }

  /** The message key of a constant: {@code <prefix>.<CONSTANT>}. */
  public static String key(Enum<?> value) {
    String prefix = PREFIXES.get(value.getDeclaringClass());
    if (prefix == null) {
      throw new IllegalArgumentException("no label prefix for " + value.getDeclaringClass().getName()
          + "; add it to Labels.PREFIXES");
    }
    return prefix + "." + value.name();
  }

  private static Map<Class<? extends Enum<?>>, String> prefixes() {
    Map<Class<? extends Enum<?>>, String> prefixes = new LinkedHashMap<>();
    prefixes.put(Role.class, "role");
    prefixes.put(PlanStatus.class, "planStatus");
    prefixes.put(SimulationStatus.class, "simulation.status");
    prefixes.put(AuditKind.class, "auditKind");
    prefixes.put(Typology.class, "typology");
    prefixes.put(ClientGroup.class, "group");
    prefixes.put(SupportLevel.class, "support");
    prefixes.put(Group.class, "priorityGroup");
    prefixes.put(Status.class, "respondentStatus");
    return Map.copyOf(prefixes);
  }
}
