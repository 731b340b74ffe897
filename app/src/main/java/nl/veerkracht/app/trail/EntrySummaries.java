package nl.veerkracht.app.trail;

import java.time.LocalDate;
import java.util.Locale;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.app.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Makes an entry's summary sentence in the reader's language from its message code and parameters. */
@Component
public class EntrySummaries {

  private final MessageSource messages;

  public EntrySummaries(MessageSource messages) {
    this.messages = messages;
  }

  public EntryView view(AuditEntry entry, Locale locale) {
    return new EntryView(entry.seq(), entry.recordedAt(), entry.kind(), entry.actor(), entry.subject(),
        summary(entry, locale));
  }

  String summary(AuditEntry entry, Locale locale) {
    try {
      return render(EntrySummary.of(entry), locale);
    } catch (NoSuchMessageException e) {
      return render(EntrySummary.other(entry), locale);
    }
  }

  private String render(EntrySummary summary, Locale locale) {
    Formats fmt = Formats.of(locale);
    Object[] args = summary.args().stream().map(arg -> written(arg, fmt, locale)).toArray();
    return messages.getMessage(summary.code(), args, locale);
  }

  private Object written(Object arg, Formats fmt, Locale locale) {
    if (arg instanceof LocalDate day) {
      return fmt.date(day);
    }
    if (arg instanceof Number count) {
      return fmt.integer(count);
    }
    if (arg instanceof EntrySummary.Label label) {
      return messages.getMessage(label.key(), null, label.key(), locale);
    }
    return arg;
  }
}
