package nl.veerkracht.app.i18n;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a CSV download is written, so that it opens correctly in the reader's
 * spreadsheet: in Dutch {@code ;} between fields and a decimal comma (what Dutch Excel
 * expects), in English {@code ,} and a decimal point; always UTF-8 with a byte order mark.
 * Numbers are written without thousands separators, dates and times as {@link Formats} writes
 * them in digits (times in Europe/Amsterdam), a collection as its elements joined by
 * {@code ", "}. Headers and codes are the caller's to translate ({@link Labels}, the bundles).
 */
public final class Csv {

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final int MAX_DECIMALS = 6;

  private final Formats formats;
  private final StringWriter out = new StringWriter();
  private final CSVPrinter printer;

  private Csv(Locale locale, List<String> headers) {
    this.formats = Formats.of(locale);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(formats.english() ? ',' : ';')
        .setHeader(headers.toArray(String[]::new))
        .get();
    try {
      this.printer = new CSVPrinter(out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new table in the given language with these (translated) column headers. */
  public static Csv table(Locale locale, List<String> headers) {
    return new Csv(locale, headers);
  }

  /** Adds one row; {@code null} is an empty field. */
  public Csv row(Object... values) {
    try {
      for (Object value : values) {
        printer.print(field(value));
      }
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The text without the byte order mark (for tests and reading). */
  public String text() {
    return out.toString();
  }

  /** The file: byte order mark and UTF-8. */
  public byte[] bytes() {
    return (BYTE_ORDER_MARK + out).getBytes(StandardCharsets.UTF_8);
  }

  /** The file as a download of the given name. */
  public ResponseEntity<byte[]> download(String filename) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(bytes());
  }

  private String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof LocalDate date) {
      return formats.shortDate(date);
    }
    if (value instanceof TemporalAccessor moment) {
      return formats.shortDateTime(moment);
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(this::field).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /** Plain digits, no grouping, at most six decimals, the language's decimal separator. */
  private String number(Number number) {
    BigDecimal exact = Formats.exact(number);
    String plain = exact.scale() > MAX_DECIMALS
        ? exact.setScale(MAX_DECIMALS, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
        : exact.toPlainString();
    return formats.english() ? plain : plain.replace('.', ',');
  }
}
