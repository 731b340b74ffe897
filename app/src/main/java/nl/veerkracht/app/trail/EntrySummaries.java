package nl.veerkracht.app.trail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.veerkracht.app.audit.AuditEntry;
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
    DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    Object[] args = summary.args().stream()
        .map(arg -> arg instanceof LocalDate day ? days.format(day) : arg)
        .toArray();
    return messages.getMessage(summary.code(), args, locale);
  }
}
