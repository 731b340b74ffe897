package nl.veerkracht.rules.letting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a rule base version: per language a properties file ({@code texts_nl.properties},
 * {@code texts_en.properties} in the version's folder) with a template per message code and the
 * names of codes ({@code code.EMPLOYMENT}). A template names the message's parameters as
 * {@code {name}} or {@code {name,format}}, with format {@code amount} (€ 1.234,56), {@code number}
 * (45,2), {@code count} (1.234), {@code share} (7,5% for a decimal share, 2/3 for a fraction),
 * {@code date} (4 december 2026), {@code code} (a code's name in words) or {@code codes} (several).
 * Rendering only reads the stored message; the record never changes.
 */
public final class TraceTexts {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?:,(\\w+))?}");
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final Map<Language, Properties> texts;

  private TraceTexts(Map<Language, Properties> texts) {
    this.texts = texts;
  }

  /** The texts in a version folder; a version from before texts were data has none. */
  static TraceTexts load(String folder) {
    Map<Language, Properties> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      texts.put(language, properties(folder + "/" + file(language)));
    }
    return new TraceTexts(texts);
  }

  static String file(Language language) {
    return "texts_" + language.name().toLowerCase(Locale.ROOT) + ".properties";
  }

  /** The message in words; a code without a template shows as the code and its parameters. */
  public String render(Message message, Language language) {
    String template = texts.get(language).getProperty(message.code());
    if (template == null) {
      return message.code() + " " + message.args();
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = message.args().get(matcher.group(1));
      String shown = value == null ? "?" : format(value, matcher.group(2), language);
      matcher.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Whether this version has texts at all. */
  public boolean isEmpty() {
    return texts.values().stream().allMatch(Properties::isEmpty);
  }

  private String format(String value, String format, Language language) {
    if (format == null) {
      return value;
    }
    return switch (format) {
      case "amount" -> (language == Language.EN ? "€" : "€ ") + decimal(new BigDecimal(value), 2, 2, language);
      case "number" -> exactly(new BigDecimal(value), language);
      case "count" -> decimal(new BigDecimal(value), 0, 0, language);
      case "share" -> value.contains("/") ? value : exactly(new BigDecimal(value).movePointRight(2), language) + "%";
      case "date" -> DateTimeFormatter.ofPattern("d MMMM uuuu", locale(language)).format(LocalDate.parse(value));
      case "code" -> code(value, language);
      case "codes" -> value.isEmpty() ? "—" : Arrays.stream(value.split(",")).map(code -> code(code, language))
          .collect(Collectors.joining(", "));
      default -> throw new IllegalStateException("unknown format " + format + " in a trace template");
    };
  }

  private String code(String code, Language language) {
    return texts.get(language).getProperty("code." + code, code);
  }

  /** A number with every decimal it has (5,99 stays 5,99; 6,00 shows 6): a threshold is never rounded over. */
  private static String exactly(BigDecimal value, Language language) {
    return decimal(value, 0, Math.max(value.stripTrailingZeros().scale(), 0), language);
  }

  private static String decimal(BigDecimal value, int minDigits, int maxDigits, Language language) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale(language)));
    format.setMinimumFractionDigits(minDigits);
    format.setMaximumFractionDigits(maxDigits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  private static Locale locale(Language language) {
    return language == Language.EN ? Locale.ENGLISH : DUTCH;
  }

  private static Properties properties(String resource) {
    Properties properties = new Properties();
    try (InputStream in = TraceTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
