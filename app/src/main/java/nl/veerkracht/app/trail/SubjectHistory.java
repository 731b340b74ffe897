package nl.veerkracht.app.trail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.api.QueryValues;
import nl.veerkracht.scenario.ScenarioJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the trail holds about one dwelling, one person (a client of direct mediation or
 * a seeker who responded) or one match: the decisions and plans that name them, the actions
 * on their matches, the imports and lettings of the datasets that hold them, and every read
 * of any of these. Reading a history is itself recorded as a sensitive read.
 */
@Service
public class SubjectHistory {

  /** What a history is about; {@code subject} is how the trail names a read of it. */
  public enum Type {
    UNIT, CLIENT, MATCH;

    String subject(String id) {
      return name().toLowerCase(Locale.ROOT) + " " + id;
    }
  }

  /** A history: every entry, oldest first. */
  public record History(Type type, String id, List<AuditEntry> entries) {
  }

  private static final Set<AuditKind> NAMING = Set.of(AuditKind.PLAN, AuditKind.MATCH_ACTION);

  private final AuditEntries entries;
  private final AuditTrail trail;
  private final JdbcTemplate jdbc;

  public SubjectHistory(AuditEntries entries, AuditTrail trail, JdbcTemplate jdbc) {
    this.entries = entries;
    this.trail = trail;
    this.jdbc = jdbc;
  }

  /** The history of the subject; the read is recorded first, so it is part of what it shows. */
  @Transactional
  public History read(Type type, String id, String reader) {
    trail.append(AuditKind.SENSITIVE_READ, type.subject(id), reader,
        ScenarioJson.mapper().createObjectNode().put(type.name().toLowerCase(Locale.ROOT), id).put("what", "history"));
    return of(type, id);
  }

  History of(Type type, String id) {
    Set<Long> seqs = new TreeSet<>();
    Set<String> subjects = new TreeSet<>(Set.of(type.subject(id)));
    List<AuditEntry> naming = switch (type) {
      case UNIT -> {
        seqs.addAll(jdbc.queryForList("SELECT entry_seq FROM decision_index WHERE unit = ?", Long.class, id));
        datasets("SELECT DISTINCT dataset_id FROM ds_unit WHERE id = ?", id, subjects);
        yield naming(id, type);
      }
      case CLIENT -> {
        seqs.addAll(jdbc.queryForList("SELECT entry_seq FROM decision_candidate WHERE seeker = ?", Long.class, id));
        datasets("SELECT DISTINCT dataset_id FROM ds_client WHERE id = ?", id, subjects);
        datasets("SELECT DISTINCT dataset_id FROM ds_seeker WHERE id = ?", id, subjects);
        yield naming(id, type);
      }
      case MATCH -> {
        jdbc.queryForList("SELECT plan_id FROM plan_match WHERE id = ?", Long.class, matchId(id))
            .forEach(plan -> subjects.add("plan " + plan));
        yield List.of();
      }
    };
    seqs.forEach(seq -> subjects.add("decision " + seq));
    naming.forEach(entry -> seqs.add(entry.seq()));
    naming.forEach(entry -> planOf(entry, subjects));
    TreeMap<Long, AuditEntry> found = new TreeMap<>();
    entries.withSeqs(seqs).forEach(entry -> found.put(entry.seq(), entry));
    List<AuditEntry> bySubject = entries.withSubjects(subjects);
    bySubject.forEach(entry -> found.put(entry.seq(), entry));
    // a plan leads to the import of the dataset it was made from
    Set<String> planDatasets = new TreeSet<>();
    bySubject.stream().filter(entry -> entry.kind().equals(AuditKind.PLAN.name()))
        .forEach(entry -> planDatasets.add("dataset " + entry.contentTree().path("dataset").asText()));
    planDatasets.removeAll(subjects);
    entries.withSubjects(planDatasets).forEach(entry -> found.put(entry.seq(), entry));
    return new History(type, id, new ArrayList<>(found.values()));
  }

  /** Plans and match actions that name the dwelling or person in their content. */
  private List<AuditEntry> naming(String id, Type type) {
    String quoted = ScenarioJson.mapper().getNodeFactory().textNode(id).toString();
    return entries.mentioning(NAMING, quoted).stream().filter(entry -> names(entry.contentTree(), id, type)).toList();
  }

  private static boolean names(JsonNode content, String id, Type type) {
    List<String> fields = type == Type.UNIT ? List.of("unit", "from", "to") : List.of("client");
    if (fields.stream().anyMatch(field -> id.equals(content.path(field).asText(null)))) {
      return true;
    }
    for (JsonNode proposal : content.path("proposals")) {
      if (id.equals(proposal.path(type == Type.UNIT ? "unit" : "client").asText(null))) {
        return true;
      }
    }
    if (type == Type.CLIENT) {
      for (JsonNode unassigned : content.path("unassigned")) {
        if (id.equals(unassigned.asText())) {
          return true;
        }
      }
    }
    return false;
  }

  private static void planOf(AuditEntry entry, Set<String> subjects) {
    String plan = entry.contentTree().path("plan").asText(null);
    if (plan != null) {
      subjects.add("plan " + plan);
    }
  }

  private void datasets(String sql, String id, Set<String> subjects) {
    jdbc.queryForList(sql, Long.class, id).forEach(dataset -> subjects.add("dataset " + dataset));
  }

  private static long matchId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw QueryValues.problem("match", "must be a match number, not '" + id + "'", "notAMatch", id);
    }
  }
}
