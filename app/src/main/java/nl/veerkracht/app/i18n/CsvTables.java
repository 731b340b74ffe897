package nl.veerkracht.app.i18n;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Starts a {@link Csv} download in the request's language, its headers from the bundles. */
@Component
public class CsvTables {

  private final MessageSource messages;

  public CsvTables(MessageSource messages) {
    this.messages = messages;
  }

  /** A table whose column headers are the messages {@code <prefix>.<column>}. */
  public Csv table(String prefix, String... columns) {
    Locale locale = LocaleContextHolder.getLocale();
    return Csv.table(locale, Arrays.stream(columns)
        .map(column -> messages.getMessage(prefix + "." + column, null, locale))
        .toList());
  }
}
