package nl.veerkracht.app.i18n;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Supplier;
import nl.veerkracht.scenario.Share;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, amounts, percentages, dates and times as a reader of the given language expects
 * them: Dutch ({@code € 1.234,56}, {@code 45,2}, {@code 95,4%}, {@code 4 december 2026}) unless
 * the language is English. Times are shown in Europe/Amsterdam. Values are rounded as exact
 * decimals, so no floating-point artefact ({@code 33.300000000000004}) can reach a reader.
 *
 * <p>The Spring bean {@code fmt} follows the request's locale (use it in templates as
 * {@code ${@fmt.amount(x)}}); {@link #of(Locale)} is bound to one language (CSV, CLI). Every
 * method renders {@code null} as an empty string.
 */
@Component("fmt")
public class Formats {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final Supplier<Locale> locale;

  /** The bean: the language of the current request (Dutch outside a request). */
  public Formats() {
    this(LocaleContextHolder::getLocale);
  }

  private Formats(Supplier<Locale> locale) {
    this.locale = locale;
  }

  /** Formats bound to one language. */
  public static Formats of(Locale locale) {
    return new Formats(() -> locale);
  }

  /** True when the reader wants English; Dutch is the default for every other language. */
  public boolean english() {
    return "en".equals(locale.get().getLanguage());
  }

  /** The language formats are made for: Dutch or English. */
  public Locale language() {
    return english() ? Locale.ENGLISH : DUTCH;
  }

  /** A whole number with thousands separators: {@code 12.345}. Fractions are rounded. */
  public String integer(Number value) {
    return decimal(value, 0, 0);
  }

  /** A number with at most two decimals, trailing zeros dropped: {@code 45,2}, {@code 1.234}. */
  public String decimal(Number value) {
    return decimal(value, 0, 2);
  }

  /** A number with exactly {@code digits} decimals: {@code 45,20}. */
  public String decimal(Number value, int digits) {
    return decimal(value, digits, digits);
  }

  /** An amount in euros with cents: {@code € 1.234,56} ({@code €1,234.56} in English). */
  public String amount(Number value) {
    if (value == null) {
      return "";
    }
    return (english() ? "€" : "€ ") + decimal(value, 2, 2);
  }

  /** A fraction as a percentage with at most one decimal: 0.954 gives {@code 95,4%}. */
  public String percent(Number fraction) {
    if (fraction == null) {
      return "";
    }
    return percentage(exact(fraction).movePointRight(2));
  }

  /** A value that already is in percent, with at most one decimal: 95.4 gives {@code 95,4%}. */
  public String percentage(Number percent) {
    if (percent == null) {
      return "";
    }
    return decimal(percent, 0, 1) + "%";
  }

  /**
   * A share as it was written when it is a fraction ({@code 2/3}), otherwise as a percentage
   * ({@code 0.05} gives {@code 5%}).
   */
  public String share(Share share) {
    if (share == null) {
      return "";
    }
    return share.fraction() ? share.written()
        : percent(new BigDecimal(share.numerator()).divide(new BigDecimal(share.denominator()), MathContext.DECIMAL64));
  }

  /** A date in words: {@code 4 december 2026} ({@code 4 December 2026}). */
  public String date(Object date) {
    LocalDate day = toLocalDate(date);
    return day == null ? "" : DateTimeFormatter.ofPattern("d MMMM uuuu", language()).format(day);
  }

  /** A date in digits: {@code 04-12-2026} ({@code 2026-12-04} in English). */
  public String shortDate(Object date) {
    LocalDate day = toLocalDate(date);
    return day == null ? "" : DateTimeFormatter.ofPattern(english() ? "uuuu-MM-dd" : "dd-MM-uuuu").format(day);
  }

  /** A moment in Europe/Amsterdam: {@code 4 december 2026 17:05}. */
  public String dateTime(Object moment) {
    ZonedDateTime local = inAmsterdam(moment);
    return local == null ? "" : DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", language()).format(local);
  }

  /** A moment in Europe/Amsterdam in digits: {@code 04-12-2026 17:05}. */
  public String shortDateTime(Object moment) {
    ZonedDateTime local = inAmsterdam(moment);
    return local == null ? ""
        : DateTimeFormatter.ofPattern(english() ? "uuuu-MM-dd HH:mm" : "dd-MM-uuuu HH:mm").format(local);
  }

  private String decimal(Number value, int minDigits, int maxDigits) {
    if (value == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language()));
    format.setMinimumFractionDigits(minDigits);
    format.setMaximumFractionDigits(maxDigits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    BigDecimal rounded = exact(value).setScale(maxDigits, RoundingMode.HALF_UP);
    return format.format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
  }

  /** The decimal a reader means: a double's shortest representation, not its binary expansion. */
  static BigDecimal exact(Number value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(value.doubleValue());
    }
    return new BigDecimal(value.toString());
  }

  private static LocalDate toLocalDate(Object date) {
    if (date == null) {
      return null;
    }
    if (date instanceof LocalDate day) {
      return day;
    }
    if (date instanceof String text && text.length() == 10) {
      return LocalDate.parse(text);
    }
    ZonedDateTime local = inAmsterdam(date);
    return local == null ? null : local.toLocalDate();
  }

  /** An instant, an offset or zoned time, an ISO string of one, or a local time taken as UTC. */
  private static ZonedDateTime inAmsterdam(Object moment) {
    if (moment == null) {
      return null;
    }
    Instant instant;
    if (moment instanceof Instant i) {
      instant = i;
    } else if (moment instanceof LocalDateTime l) {
      instant = l.toInstant(ZoneOffset.UTC);
    } else if (moment instanceof java.util.Date d) {
      instant = d.toInstant();
    } else if (moment instanceof TemporalAccessor t) {
      instant = Instant.from(t);
    } else if (moment instanceof String text) {
      instant = parseInstant(text);
    } else {
      throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
    }
    return instant.atZone(AMSTERDAM);
  }

  private static Instant parseInstant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }
  }
}
