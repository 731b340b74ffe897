package nl.veerkracht.app.trail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.veerkracht.app.api.Paged;
import nl.veerkracht.app.api.Paging;
import nl.veerkracht.app.api.QueryValues;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.i18n.Formats;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the audit trail: filtered and paged, newest first, or the entries with given numbers or subjects. */
@Repository
public class AuditEntries {

  /** What to list; null fields are not used. {@code from} and {@code to} are days in the Netherlands, both included. */
  public record Filter(AuditKind kind, String actor, String subject, LocalDate from, LocalDate to) {

    /** From query parameters; a bad value is a 400 naming its parameter. */
    public static Filter parse(String kind, String actor, String subject, String from, String to) {
      LocalDate fromDay = QueryValues.date("from", from);
      LocalDate toDay = QueryValues.date("to", to);
      QueryValues.period("to", fromDay, toDay);
      return new Filter(kind(kind), QueryValues.text(actor), QueryValues.text(subject), fromDay, toDay);
    }

    private static AuditKind kind(String kind) {
      String name = QueryValues.text(kind);
      if (name == null) {
        return null;
      }
      try {
        return AuditKind.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw QueryValues.problem("kind", "must be one of " + Arrays.toString(AuditKind.values()) + ", not '" + kind
            + "'", "unknownKind", kind);
      }
    }
  }

  private final JdbcTemplate jdbc;

  public AuditEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Paged<AuditEntry> find(Filter filter, Paging paging) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (filter.kind() != null) {
      where.append(" AND kind = ?");
      args.add(filter.kind().name());
    }
    if (filter.actor() != null) {
      where.append(" AND actor = ?");
      args.add(filter.actor());
    }
    if (filter.subject() != null) {
      where.append(" AND subject = ?");
      args.add(filter.subject());
    }
    if (filter.from() != null) {
      where.append(" AND recorded_at >= ?");
      args.add(utc(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" AND recorded_at < ?");
      args.add(utc(filter.to().plusDays(1)));
    }
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry" + where, Long.class, args.toArray());
    List<AuditEntry> entries = jdbc.query("SELECT * FROM audit_entry" + where + " ORDER BY seq DESC LIMIT "
        + paging.size() + " OFFSET " + paging.offset(), AuditTrail.ENTRY, args.toArray());
    return new Paged<>(paging, total, entries);
  }

  public List<AuditEntry> withSeqs(Collection<Long> seqs) {
    return in("seq", seqs);
  }

  public List<AuditEntry> withSubjects(Collection<String> subjects) {
    return in("subject", subjects);
  }

  /** Entries of the given kinds whose content holds the text (a cheap filter; callers check what they find). */
  public List<AuditEntry> mentioning(Collection<AuditKind> kinds, String text) {
    List<Object> args = new ArrayList<>(kinds.stream().map(AuditKind::name).toList());
    args.add(text);
    return jdbc.query("SELECT * FROM audit_entry WHERE kind IN (" + marks(kinds.size()) + ")"
        + " AND POSITION(? IN content) > 0 ORDER BY seq", AuditTrail.ENTRY, args.toArray());
  }

  private List<AuditEntry> in(String column, Collection<?> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    return jdbc.query("SELECT * FROM audit_entry WHERE " + column + " IN (" + marks(values.size()) + ") ORDER BY seq",
        AuditTrail.ENTRY, values.toArray());
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static LocalDateTime utc(LocalDate day) {
    return LocalDateTime.ofInstant(day.atStartOfDay(Formats.AMSTERDAM).toInstant(), ZoneOffset.UTC);
  }
}
