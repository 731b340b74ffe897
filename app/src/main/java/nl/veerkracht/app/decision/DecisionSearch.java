package nl.veerkracht.app.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.veerkracht.app.api.Paged;
import nl.veerkracht.app.api.Paging;
import nl.veerkracht.app.api.QueryValues;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.rules.letting.RuleInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Finds recorded decisions by seeker, dwelling, buurt, rule code, officer and date, newest first. */
@Repository
public class DecisionSearch {

  static final int MAX_RESULTS = 500;

  /** What to search for; blank fields are not used. Dates are the vacancies' publication dates. */
  public record Criteria(String seeker, String unit, String buurt, String ruleCode, String actor, LocalDate from,
      LocalDate to) {

    /** From the query parameters of {@code GET /api/v1/decisions}; a bad value is a 400 naming its parameter. */
    static Criteria parse(String unit, String seeker, String rule, String from, String to) {
      String code = QueryValues.text(rule);
      if (code != null && !ruleCodes().contains(code)) {
        throw QueryValues.problem("rule", "must be a rule code of the rule base " + ruleCodes() + ", not '" + rule
            + "'", "unknownRule", rule, String.join(", ", ruleCodes()));
      }
      LocalDate fromDay = QueryValues.date("from", from);
      LocalDate toDay = QueryValues.date("to", to);
      QueryValues.period("to", fromDay, toDay);
      return new Criteria(QueryValues.text(seeker), QueryValues.text(unit), null, code, null, fromDay, toDay);
    }
  }

  /** The rule codes a decision's trace can hold: those of the current rule base. */
  static SortedSet<String> ruleCodes() {
    return RuleBase.current().catalogue().values().stream().map(RuleInfo::basis)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** One decision in a list of results; its id is the number of its audit entry. */
  public record Found(String id, LocalDate publishedOn, String unit, String buurt, String winner,
      List<String> ruleCodes, String recordedBy, Instant recordedAt, String ruleVersion) {
  }

  private static final String FROM = " FROM decision_index d JOIN audit_entry e ON e.seq = d.entry_seq";
  private static final String COLUMNS = "SELECT d.entry_seq, d.published_on, d.unit, d.buurt, d.winner, d.rule_codes,"
      + " d.actor, e.recorded_at, d.rule_version";

  private final JdbcTemplate jdbc;

  public DecisionSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest {@value #MAX_RESULTS} that match (the CSV export). */
  public List<Found> find(Criteria criteria) {
    Where where = where(criteria);
    return jdbc.query(COLUMNS + FROM + where.sql() + " ORDER BY d.entry_seq DESC LIMIT " + MAX_RESULTS,
        DecisionSearch::found, where.args());
  }

  public Paged<Found> find(Criteria criteria, Paging paging) {
    Where where = where(criteria);
    long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where.sql(), Long.class, where.args());
    List<Found> found = jdbc.query(COLUMNS + FROM + where.sql() + " ORDER BY d.entry_seq DESC LIMIT " + paging.size()
        + " OFFSET " + paging.offset(), DecisionSearch::found, where.args());
    return new Paged<>(paging, total, found);
  }

  private record Where(String sql, Object[] args) {
  }

  private static Where where(Criteria criteria) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (present(criteria.seeker())) {
      sql.append(" AND EXISTS (SELECT 1 FROM decision_candidate c WHERE c.entry_seq = d.entry_seq AND c.seeker = ?)");
      args.add(criteria.seeker().strip());
    }
    equal(sql, args, "d.unit", criteria.unit());
    equal(sql, args, "d.buurt", criteria.buurt());
    equal(sql, args, "d.actor", criteria.actor());
    if (present(criteria.ruleCode())) {
      sql.append(" AND d.rule_codes LIKE ?");
      args.add("%," + criteria.ruleCode().strip() + ",%");
    }
    if (criteria.from() != null) {
      sql.append(" AND d.published_on >= ?");
      args.add(criteria.from());
    }
    if (criteria.to() != null) {
      sql.append(" AND d.published_on <= ?");
      args.add(criteria.to());
    }
    return new Where(sql.toString(), args.toArray());
  }

  private static Found found(ResultSet rs, int row) throws SQLException {
    return new Found(Long.toString(rs.getLong(1)), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
        rs.getString(5), codes(rs.getString(6)), rs.getString(7),
        rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(9));
  }

  private static void equal(StringBuilder sql, List<Object> args, String column, String value) {
    if (present(value)) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value.strip());
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** {@code ,A,B,} as stored for LIKE searches. */
  private static List<String> codes(String stored) {
    return Arrays.stream(stored.split(",")).filter(code -> !code.isEmpty()).toList();
  }
}
