package nl.veerkracht.democity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A bundled CSV file with a header row, read whole. */
final class CsvTable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final String resource;
  private final List<CSVRecord> records;

  private CsvTable(String resource, List<CSVRecord> records) {
    this.resource = resource;
    this.records = records;
  }

  /** Reads a class path resource next to this class. */
  static CsvTable read(String resource) {
    try (InputStream in = Bundled.open(resource)) {
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return new CsvTable(resource, FORMAT.parse(reader).getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<CSVRecord> records() {
    return records;
  }

  List<CSVRecord> where(Predicate<CSVRecord> filter) {
    return records.stream().filter(filter).toList();
  }

  /** The records by a key made from each; a repeated key is an error in the bundled data. */
  Map<String, CSVRecord> byKey(Function<CSVRecord, String> key) {
    return records.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
      throw new IllegalStateException(resource + ": repeated key " + key.apply(a));
    }));
  }

  /** A number; a blank cell (a value the source hides or leaves out) is zero. */
  static double numberOrZero(CSVRecord record, String column) {
    String text = record.get(column).trim();
    return text.isEmpty() ? 0 : Double.parseDouble(text);
  }

  /** A number that the source always gives. */
  static double number(CSVRecord record, String column) {
    String text = record.get(column).trim();
    if (text.isEmpty()) {
      throw new IllegalStateException("blank " + column + " in line " + record.getRecordNumber());
    }
    return Double.parseDouble(text);
  }

  /** A percentage as a fraction, or null for a blank cell. */
  static Double percentageOrNull(CSVRecord record, String column) {
    String text = record.get(column).trim();
    return text.isEmpty() ? null : Double.parseDouble(text) / 100;
  }

  /** A whole number written as {@code 71} or {@code 71.0}. */
  static int wholeNumber(CSVRecord record, String column) {
    return (int) Math.round(number(record, column));
  }
}
