package nl.veerkracht.app.decision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Finds recorded decisions by seeker, dwelling, buurt, rule code, officer and date. */
@Repository
public class DecisionSearch {

  static final int MAX_RESULTS = 500;

  /** What to search for; blank fields are not used. Dates are the vacancies' publication dates. */
  public record Criteria(String seeker, String unit, String buurt, String ruleCode, String actor, LocalDate from,
      LocalDate to) {
  }

  /** One decision in a list of results. */
  public record Found(long id, LocalDate publishedOn, String unit, String buurt, String winner, String ruleCodes,
      String actor, LocalDateTime recordedAt, String ruleVersion) {
  }

  private final JdbcTemplate jdbc;

  public DecisionSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Found> find(Criteria criteria) {
    StringBuilder sql = new StringBuilder("SELECT d.entry_seq, d.published_on, d.unit, d.buurt, d.winner, d.rule_codes,"
        + " d.actor, e.recorded_at, d.rule_version FROM decision_index d JOIN audit_entry e ON e.seq = d.entry_seq"
        + " WHERE 1 = 1");
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
    sql.append(" ORDER BY d.entry_seq DESC LIMIT ").append(MAX_RESULTS);
    return jdbc.query(sql.toString(), (rs, i) -> new Found(rs.getLong(1), rs.getObject(2, LocalDate.class),
        rs.getString(3), rs.getString(4), rs.getString(5), trim(rs.getString(6)), rs.getString(7),
        rs.getObject(8, LocalDateTime.class), rs.getString(9)), args.toArray());
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

  private static String trim(String codes) {
    return codes.length() <= 2 ? "" : codes.substring(1, codes.length() - 1).replace(",", ", ");
  }

}
