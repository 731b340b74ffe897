package nl.veerkracht.app.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** The actor the demo profile records (DemoMonth.ACTOR, DemoCityDataset): a stable code. */
  public static final String DEMO_PROFILE = "demo profile";
  private static final Pattern DEMO_CITY = Pattern.compile("Demo city Rotterdam \\(seed (-?\\d+)(?:, scale ([0-9.]+))?\\)");
  private static final Pattern PLAN_SCENARIO = Pattern.compile("plan scenario (\\d{2}-\\d{2}-\\d{4})");

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

  /**
   * A dataset's name as a reader sees it: the name it was stored with, except the names the
   * service gives itself, which are stable codes rendered in each language: the demo city
   * ({@code Demo city Rotterdam (seed 7)}, optionally {@code , scale 0.5}) and a scenario posted
   * to the plan API ({@code plan scenario 01-03-2026}). Rows stored before keep these names and
   * render too.
   */
  public String datasetName(String name) {
    if (name == null) {
      return "";
    }
    Locale locale = LocaleContextHolder.getLocale();
    Matcher demo = DEMO_CITY.matcher(name);
    if (demo.matches()) {
      return demo.group(2) == null
          ? messages.getMessage("dataset.name.demoCity", new Object[] {demo.group(1)}, locale)
          : messages.getMessage("dataset.name.demoCity.scaled", new Object[] {demo.group(1),
              Formats.of(locale).decimal(new java.math.BigDecimal(demo.group(2)))}, locale);
    }
    Matcher planned = PLAN_SCENARIO.matcher(name);
    if (planned.matches()) {
      return messages.getMessage("dataset.name.planScenario", new Object[] {Formats.of(locale)
          .shortDate(LocalDate.parse(planned.group(1), DateTimeFormatter.ofPattern("dd-MM-yyyy")))}, locale);
    }
    return name;
  }

  /** Who did something, as a reader sees it: a user's name as it is, the demo profile by a name in each language. */
  public String actor(String actor) {
    return DEMO_PROFILE.equals(actor)
        ? messages.getMessage("actor.demoProfile", null, LocaleContextHolder.getLocale()) : actor;
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
