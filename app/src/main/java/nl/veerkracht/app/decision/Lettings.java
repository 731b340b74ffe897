package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.rules.letting.Language;
import nl.veerkracht.rules.letting.VacancyDecision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Letting a stored dataset's vacancies (through {@link Evaluations}, as the API does) and
 * reading a letting back from the trail: its {@code EVALUATION} entry and the outcome of each
 * of its decisions.
 */
@Service
public class Lettings {

  /** A letting as recorded: who let which dataset when, and each vacancy's decision. */
  public record Letting(long entry, String dataset, String actor, Instant at, List<Outcome> outcomes) {

    public long let() {
      return outcomes.stream().filter(outcome -> outcome.decision().winner() != null).count();
    }

    /** How many were let provisionally: the winner's screening is still pending. */
    public long provisional() {
      return outcomes.stream().filter(outcome -> outcome.decision().provisional()).count();
    }
  }

  /** One vacancy's decision with its id. */
  public record Outcome(String id, VacancyDecision decision) {
  }

  /** An earlier letting of a dataset, for a list. */
  public record Earlier(long entry, String actor, Instant at) {
  }

  private final Evaluations evaluations;
  private final DatasetStore datasets;
  private final AuditTrail trail;
  private final JdbcTemplate jdbc;

  public Lettings(Evaluations evaluations, DatasetStore datasets, AuditTrail trail, JdbcTemplate jdbc) {
    this.evaluations = evaluations;
    this.datasets = datasets;
    this.trail = trail;
    this.jdbc = jdbc;
  }

  /** Lets the dataset's vacancies; returns the number of the letting's {@code EVALUATION} entry. */
  public long let(long dataset, String actor) {
    return evaluations.evaluate(datasets.load(dataset).orElseThrow(() -> new NotFoundException("dataset", dataset)),
        dataset, actor).entry();
  }

  public List<Earlier> earlier(long dataset) {
    return jdbc.query("SELECT seq, actor, recorded_at FROM audit_entry WHERE kind = ? AND subject = ? ORDER BY seq DESC",
        (rs, i) -> new Earlier(rs.getLong(1), rs.getString(2),
            rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
        AuditKind.EVALUATION.name(), "dataset " + dataset);
  }

  /** A letting with each decision's outcome in the reader's language (the reason of a provisional letting). */
  public Letting letting(long entry, Language language) {
    AuditEntry evaluation = trail.entry(entry).filter(found -> found.kind().equals(AuditKind.EVALUATION.name()))
        .orElseThrow(() -> new NotFoundException("letting", entry));
    JsonNode content = evaluation.contentTree();
    List<Long> ids = new ArrayList<>();
    content.path("decisions").forEach(id -> ids.add(id.asLong()));
    Map<Long, AuditEntry> decisions = decisions(ids);
    List<Outcome> outcomes = ids.stream().map(id -> new Outcome(id.toString(),
        RecordedDecision.of(decisions.get(id)).rendered(language))).toList();
    return new Letting(entry, content.path("dataset").asText(null), evaluation.actor(), evaluation.recordedAt(),
        outcomes);
  }

  private Map<Long, AuditEntry> decisions(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.query("SELECT * FROM audit_entry WHERE kind = 'DECISION' AND seq BETWEEN ? AND ?", AuditTrail.ENTRY,
        ids.stream().mapToLong(Long::longValue).min().orElseThrow(),
        ids.stream().mapToLong(Long::longValue).max().orElseThrow())
        .stream().collect(Collectors.toMap(AuditEntry::seq, Function.identity()));
  }

  /** Whether the dataset was let before (by anyone). */
  public boolean wasLet(long dataset) {
    return !earlier(dataset).isEmpty();
  }
}
