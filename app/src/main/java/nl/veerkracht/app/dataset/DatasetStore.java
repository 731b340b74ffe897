package nl.veerkracht.app.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.scenario.Activity;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.CareProvider;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.ClientGroup;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.IndicatorValues;
import nl.veerkracht.scenario.OwnerState;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.ScenarioWriter;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.Seeker;
import nl.veerkracht.scenario.Share;
import nl.veerkracht.scenario.SupportLevel;
import nl.veerkracht.scenario.Unit;
import nl.veerkracht.scenario.UrgentQuota;
import nl.veerkracht.scenario.Urgency;
import nl.veerkracht.scenario.Vacancy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated scenario as a dataset in normalised tables, in one transaction, and
 * reads it back as the same scenario. {@code position} columns keep the order of the file.
 */
@Repository
public class DatasetStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditTrail trail;

  public DatasetStore(JdbcTemplate jdbc, Clock clock, AuditTrail trail) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.trail = trail;
  }

  /** Stores a validated scenario and records the import in the audit trail, all in one transaction. */
  @Transactional
  public long save(Scenario scenario, String name, String createdBy) {
    long id = insertRows(scenario, name, createdBy);
    trail.append(AuditKind.IMPORT, "dataset " + id, createdBy, importRecord(id, name, scenario));
    return id;
  }

  private static ObjectNode importRecord(long id, String name, Scenario scenario) {
    ObjectNode record = ScenarioJson.mapper().createObjectNode();
    record.put("dataset", Long.toString(id));
    record.put("name", name);
    record.put("referenceDate", scenario.referenceDate().toString());
    record.put("sha256", Policy.sha256(ScenarioWriter.toJson(scenario)));
    ObjectNode counts = record.putObject("counts");
    counts.put("areas", scenario.areas().size());
    counts.put("units", scenario.units().size());
    counts.put("seekers", scenario.seekers().size());
    counts.put("vacancies", scenario.vacancies().size());
    counts.put("clients", scenario.clients().size());
    counts.put("designations", scenario.designations().size());
    return record;
  }

  private long insertRows(Scenario scenario, String name, String createdBy) {
    long id = insertDataset(scenario, name, createdBy);
    insertAreas(id, scenario.areas());
    insertDesignations(id, scenario.designations());
    batch("INSERT INTO ds_urgent_quota (dataset_id, buurt, position, max_share, lettings_so_far, urgent_lettings_so_far)"
        + " VALUES (?, ?, ?, ?, ?, ?)", scenario.urgentQuotas(), (q, i) -> new Object[] {
            id, q.buurt(), i, q.maxShare().written(), q.lettingsSoFar(), q.urgentLettingsSoFar()});
    batch("INSERT INTO ds_owner_state (dataset_id, owner, position, daeb_lettings, daeb_free_lettings,"
        + " passend_target_lettings, passend_exceptions) VALUES (?, ?, ?, ?, ?, ?, ?)", scenario.ownerState(),
        (o, i) -> new Object[] {id, o.owner(), i, o.daebLettings(), o.daebFreeLettings(), o.passendTargetLettings(),
            o.passendExceptions()});
    batch("INSERT INTO ds_unit (dataset_id, id, position, street, rent, rooms, step_free, owner, complex)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", scenario.units(), (u, i) -> new Object[] {
            id, u.id(), i, u.street(), u.rent(), u.rooms(), u.stepFree(), u.owner(), u.complex()});
    insertSeekers(id, scenario.seekers());
    insertVacancies(id, scenario.vacancies());
    insertCareProviders(id, scenario.careProviders());
    insertClients(id, scenario.clients());
    batch("INSERT INTO ds_direct_offer (dataset_id, unit, position) VALUES (?, ?, ?)", scenario.directOffers(),
        (unit, i) -> new Object[] {id, unit, i});
    return id;
  }

  /**
   * A dataset exported by a person (REST or the officer's page): it holds screening results,
   * urgency grounds and client groups, so the read is recorded as a sensitive read.
   */
  @Transactional
  public Optional<Scenario> export(long id, String reader) {
    Optional<Scenario> scenario = load(id);
    scenario.ifPresent(found -> trail.append(AuditKind.SENSITIVE_READ, "dataset " + id, reader,
        ScenarioJson.mapper().createObjectNode().put("dataset", Long.toString(id)).put("what", "scenario export")));
    return scenario;
  }

  @Transactional(readOnly = true)
  public Optional<Scenario> load(long id) {
    List<Scenario> found = jdbc.query("SELECT reference_date, policy_json FROM dataset WHERE id = ?",
        (rs, i) -> new Scenario(Scenario.FORMAT, localDate(rs, "reference_date"), policy(rs.getString("policy_json")),
            areas(id), designations(id), urgentQuotas(id), ownerStates(id), units(id), seekers(id), vacancies(id),
            clients(id), careProviders(id), strings("SELECT unit FROM ds_direct_offer WHERE dataset_id = ? ORDER BY position", id)),
        id);
    return found.stream().findFirst();
  }

  /** The first dataset stored under this name, if any. */
  public Optional<Long> findByName(String name) {
    return jdbc.queryForList("SELECT MIN(id) FROM dataset WHERE name = ?", Long.class, name).stream()
        .filter(Objects::nonNull).findFirst();
  }

  /**
   * A dataset without its seekers and vacancies, and with only the units of its direct offers:
   * all that planning direct mediation needs, at a fraction of the whole (the demo city has
   * 60,000 seekers).
   */
  @Transactional(readOnly = true)
  public Optional<Scenario> loadForPlanning(long id) {
    List<Scenario> found = jdbc.query("SELECT reference_date, policy_json FROM dataset WHERE id = ?", (rs, i) -> {
      List<String> offers = strings("SELECT unit FROM ds_direct_offer WHERE dataset_id = ? ORDER BY position", id);
      return new Scenario(Scenario.FORMAT, localDate(rs, "reference_date"), policy(rs.getString("policy_json")),
          areas(id), designations(id), urgentQuotas(id), ownerStates(id), offeredUnits(id), List.of(), List.of(),
          clients(id),
          careProviders(id), offers);
    }, id);
    return found.stream().findFirst();
  }

  /** Only a dataset's streets with their indicators (for the indicator model); empty when unknown. */
  @Transactional(readOnly = true)
  public Optional<List<Area>> loadAreas(long id) {
    Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM dataset WHERE id = ?", Integer.class, id);
    return exists == 0 ? Optional.empty() : Optional.of(areas(id));
  }

  /** The policy overrides a dataset was stored with (null = baseline). */
  public ObjectNode loadPolicy(long id) {
    return jdbc.query("SELECT policy_json FROM dataset WHERE id = ?", (rs, i) -> policy(rs.getString(1)), id)
        .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  /** The newest dataset's id, if any. */
  public Optional<Long> newest() {
    return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(id) FROM dataset", Long.class));
  }

  public List<DatasetSummary> list() {
    return jdbc.query("SELECT d.id, d.name, d.reference_date, d.created_at, d.created_by,"
        + " (SELECT COUNT(*) FROM ds_unit u WHERE u.dataset_id = d.id) AS units,"
        + " (SELECT COUNT(*) FROM ds_seeker s WHERE s.dataset_id = d.id) AS seekers,"
        + " (SELECT COUNT(*) FROM ds_vacancy v WHERE v.dataset_id = d.id) AS vacancies,"
        + " (SELECT COUNT(*) FROM ds_client c WHERE c.dataset_id = d.id) AS clients"
        + " FROM dataset d ORDER BY d.id DESC",
        (rs, i) -> new DatasetSummary(rs.getLong("id"), rs.getString("name"), localDate(rs, "reference_date"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getInt("units"),
            rs.getInt("seekers"), rs.getInt("vacancies"), rs.getInt("clients")));
  }

  private long insertDataset(Scenario scenario, String name, String createdBy) {
    String policy = scenario.policy() == null ? null : json(scenario.policy());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO dataset (name, reference_date, policy_json, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, name);
      insert.setObject(2, scenario.referenceDate());
      insert.setString(3, policy);
      insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
      insert.setString(5, createdBy);
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  private void insertAreas(long id, List<Area> areas) {
    batch("INSERT INTO ds_area (dataset_id, street, position, name, buurt, buurt_name, dwellings, capacity,"
        + " recent_placements) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", areas, (a, i) -> new Object[] {
            id, a.street(), i, a.name(), a.buurt(), a.buurtName(), a.dwellings(), a.capacity(), a.recentPlacements()});
    List<Object[]> neighbours = new ArrayList<>();
    List<Object[]> indicators = new ArrayList<>();
    for (Area area : areas) {
      listOrEmpty(area.neighbours()).forEach(buurt -> neighbours.add(new Object[] {
          id, area.street(), neighbours.size(), buurt}));
      if (area.indicators() != null) {
        area.indicators().forEach((year, v) -> indicators.add(new Object[] {id, area.street(), year,
            v.lowestIncomeShare(), v.socialAssistanceShare(), v.refugeeOriginShare(), v.lvbShare(), v.psychiatryShare(),
            v.chronicConditionsShare(), v.corporationShare(), v.nuisanceScore(), v.observations()}));
      }
    }
    jdbc.batchUpdate("INSERT INTO ds_area_neighbour (dataset_id, street, position, buurt) VALUES (?, ?, ?, ?)", neighbours);
    jdbc.batchUpdate("INSERT INTO ds_area_indicator (dataset_id, street, indicator_year, lowest_income_share,"
        + " social_assistance_share, refugee_origin_share, lvb_share, psychiatry_share, chronic_conditions_share,"
        + " corporation_share, nuisance_score, observations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indicators);
  }

  private void insertDesignations(long id, List<Designation> designations) {
    batch("INSERT INTO ds_designation (dataset_id, id, position, article, valid_from, valid_to, share, prior_vacancies,"
        + " decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", designations, (d, i) -> new Object[] {
            id, d.id(), i, d.article().code(), d.validFrom(), d.validTo(),
            d.share() == null ? null : d.share().written(), d.priorVacancies(), d.decision()});
    List<Object[]> areas = new ArrayList<>();
    for (Designation d : designations) {
      addCodes(areas, id, d.id(), "STREET", d.streets());
      addCodes(areas, id, d.id(), "BUURT", d.buurten());
    }
    jdbc.batchUpdate("INSERT INTO ds_designation_area (dataset_id, designation_id, kind, position, code)"
        + " VALUES (?, ?, ?, ?, ?)", areas);
  }

  private void insertSeekers(long id, List<Seeker> seekers) {
    batch("INSERT INTO ds_seeker (dataset_id, id, position, household_size, aow_age, income, income_source,"
        + " years_in_region, registered_on, urgency_ground, urgency_valid_until, screening, hardship)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seekers, (s, i) -> new Object[] {
            id, s.id(), i, s.householdSize(), s.aowAge(), s.income(), s.incomeSource().name(), s.yearsInRegion(),
            s.registeredOn(), s.urgency() == null ? null : s.urgency().ground().name(),
            s.urgency() == null ? null : s.urgency().validUntil(), name(s.screening()), s.hardship()});
    List<Object[]> activities = new ArrayList<>();
    for (Seeker s : seekers) {
      List<Activity> list = listOrEmpty(s.activities());
      for (int i = 0; i < list.size(); i++) {
        activities.add(new Object[] {id, s.id(), i, list.get(i).name()});
      }
    }
    jdbc.batchUpdate("INSERT INTO ds_seeker_activity (dataset_id, seeker, position, activity) VALUES (?, ?, ?, ?)",
        activities);
  }

  private void insertVacancies(long id, List<Vacancy> vacancies) {
    batch("INSERT INTO ds_vacancy (dataset_id, unit, position, published_on) VALUES (?, ?, ?, ?)", vacancies,
        (v, i) -> new Object[] {id, v.unit(), i, v.publishedOn()});
    List<Object[]> respondents = new ArrayList<>();
    for (Vacancy v : vacancies) {
      for (int i = 0; i < v.respondents().size(); i++) {
        respondents.add(new Object[] {id, v.unit(), i, v.respondents().get(i)});
      }
    }
    jdbc.batchUpdate("INSERT INTO ds_vacancy_respondent (dataset_id, unit, position, seeker) VALUES (?, ?, ?, ?)",
        respondents);
  }

  private void insertCareProviders(long id, List<CareProvider> providers) {
    batch("INSERT INTO ds_care_provider (dataset_id, name, position) VALUES (?, ?, ?)", providers,
        (p, i) -> new Object[] {id, p.name(), i});
    List<Object[]> buurten = new ArrayList<>();
    for (CareProvider p : providers) {
      for (int i = 0; i < p.buurten().size(); i++) {
        buurten.add(new Object[] {id, p.name(), i, p.buurten().get(i)});
      }
    }
    jdbc.batchUpdate("INSERT INTO ds_care_provider_buurt (dataset_id, name, position, buurt) VALUES (?, ?, ?, ?)", buurten);
  }

  private void insertClients(long id, List<Client> clients) {
    batch("INSERT INTO ds_client (dataset_id, id, position, client_group, support, care_provider, household_size,"
        + " aow_age, income, income_source, years_in_region, screening, hardship, needs_step_free, waiting_since)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", clients, (c, i) -> new Object[] {
            id, c.id(), i, c.group().name(), c.support().name(), c.careProvider(), c.householdSize(), c.aowAge(),
            c.income(), c.incomeSource().name(), c.yearsInRegion(), name(c.screening()), c.hardship(),
            c.needsStepFree(), c.waitingSince()});
    List<Object[]> buurten = new ArrayList<>();
    for (Client c : clients) {
      addCodes(buurten, id, c.id(), "EXCLUDED", c.excludedBuurten());
      addCodes(buurten, id, c.id(), "PREFERRED", c.preferredBuurten());
    }
    jdbc.batchUpdate("INSERT INTO ds_client_buurt (dataset_id, client, kind, position, buurt) VALUES (?, ?, ?, ?, ?)",
        buurten);
  }

  private List<Area> areas(long id) {
    Map<String, List<String>> neighbours = grouped(
        "SELECT street, buurt FROM ds_area_neighbour WHERE dataset_id = ? ORDER BY street, position", id);
    Map<String, Map<String, IndicatorValues>> indicators = new LinkedHashMap<>();
    jdbc.query("SELECT * FROM ds_area_indicator WHERE dataset_id = ? ORDER BY street, indicator_year", rs -> {
      indicators.computeIfAbsent(rs.getString("street"), s -> new LinkedHashMap<>()).put(rs.getString("indicator_year"),
          new IndicatorValues(decimal(rs, "lowest_income_share"), decimal(rs, "social_assistance_share"),
              decimal(rs, "refugee_origin_share"), decimal(rs, "lvb_share"), decimal(rs, "psychiatry_share"),
              decimal(rs, "chronic_conditions_share"), decimal(rs, "corporation_share"), decimal(rs, "nuisance_score"),
              integer(rs, "observations")));
    }, id);
    return jdbc.query("SELECT * FROM ds_area WHERE dataset_id = ? ORDER BY position", (rs, i) -> {
      String street = rs.getString("street");
      return new Area(street, rs.getString("name"), rs.getString("buurt"), rs.getString("buurt_name"),
          rs.getInt("dwellings"), integer(rs, "capacity"), neighbours.get(street), indicators.get(street),
          integer(rs, "recent_placements"));
    }, id);
  }

  private List<Designation> designations(long id) {
    Map<String, List<String>> streets = grouped("SELECT designation_id, code FROM ds_designation_area"
        + " WHERE dataset_id = ? AND kind = 'STREET' ORDER BY designation_id, position", id);
    Map<String, List<String>> buurten = grouped("SELECT designation_id, code FROM ds_designation_area"
        + " WHERE dataset_id = ? AND kind = 'BUURT' ORDER BY designation_id, position", id);
    return jdbc.query("SELECT * FROM ds_designation WHERE dataset_id = ? ORDER BY position", (rs, i) -> {
      String designation = rs.getString("id");
      return new Designation(designation, Article.fromCode(rs.getString("article")), streets.get(designation),
          buurten.get(designation), localDate(rs, "valid_from"), localDate(rs, "valid_to"), share(rs.getString("share")),
          integer(rs, "prior_vacancies"), rs.getString("decision"));
    }, id);
  }

  private List<UrgentQuota> urgentQuotas(long id) {
    return jdbc.query("SELECT * FROM ds_urgent_quota WHERE dataset_id = ? ORDER BY position",
        (rs, i) -> new UrgentQuota(rs.getString("buurt"), share(rs.getString("max_share")),
            integer(rs, "lettings_so_far"), integer(rs, "urgent_lettings_so_far")), id);
  }

  private List<OwnerState> ownerStates(long id) {
    return jdbc.query("SELECT * FROM ds_owner_state WHERE dataset_id = ? ORDER BY position",
        (rs, i) -> new OwnerState(rs.getString("owner"), rs.getInt("daeb_lettings"), rs.getInt("daeb_free_lettings"),
            rs.getInt("passend_target_lettings"), rs.getInt("passend_exceptions")), id);
  }

  private List<Unit> units(long id) {
    return jdbc.query("SELECT * FROM ds_unit WHERE dataset_id = ? ORDER BY position", UNIT, id);
  }

  private List<Unit> offeredUnits(long id) {
    return jdbc.query("SELECT u.* FROM ds_unit u JOIN ds_direct_offer o ON o.dataset_id = u.dataset_id AND o.unit = u.id"
        + " WHERE u.dataset_id = ? ORDER BY u.position", UNIT, id);
  }

  private static final RowMapper<Unit> UNIT = (rs, i) -> new Unit(rs.getString("id"), rs.getString("street"),
      decimal(rs, "rent"), rs.getInt("rooms"), rs.getBoolean("step_free"), rs.getString("owner"), rs.getString("complex"));

  private List<Seeker> seekers(long id) {
    Map<String, List<String>> activities = grouped(
        "SELECT seeker, activity FROM ds_seeker_activity WHERE dataset_id = ? ORDER BY seeker, position", id);
    return jdbc.query("SELECT * FROM ds_seeker WHERE dataset_id = ? ORDER BY position", (rs, i) -> {
      String seeker = rs.getString("id");
      String ground = rs.getString("urgency_ground");
      return new Seeker(seeker, rs.getInt("household_size"), rs.getBoolean("aow_age"), decimal(rs, "income"),
          IncomeSource.valueOf(rs.getString("income_source")),
          mapped(activities.get(seeker), Activity::valueOf), decimal(rs, "years_in_region"),
          localDate(rs, "registered_on"),
          ground == null ? null : new Urgency(Urgency.Ground.valueOf(ground), localDate(rs, "urgency_valid_until")),
          enumOrNull(rs.getString("screening"), Screening::valueOf), bool(rs, "hardship"));
    }, id);
  }

  private List<Vacancy> vacancies(long id) {
    Map<String, List<String>> respondents = grouped(
        "SELECT unit, seeker FROM ds_vacancy_respondent WHERE dataset_id = ? ORDER BY unit, position", id);
    return jdbc.query("SELECT * FROM ds_vacancy WHERE dataset_id = ? ORDER BY position",
        (rs, i) -> new Vacancy(rs.getString("unit"), localDate(rs, "published_on"),
            respondents.getOrDefault(rs.getString("unit"), List.of())), id);
  }

  private List<CareProvider> careProviders(long id) {
    Map<String, List<String>> buurten = grouped(
        "SELECT name, buurt FROM ds_care_provider_buurt WHERE dataset_id = ? ORDER BY name, position", id);
    return jdbc.query("SELECT name FROM ds_care_provider WHERE dataset_id = ? ORDER BY position",
        (rs, i) -> new CareProvider(rs.getString(1), buurten.getOrDefault(rs.getString(1), List.of())), id);
  }

  private List<Client> clients(long id) {
    Map<String, List<String>> excluded = grouped("SELECT client, buurt FROM ds_client_buurt"
        + " WHERE dataset_id = ? AND kind = 'EXCLUDED' ORDER BY client, position", id);
    Map<String, List<String>> preferred = grouped("SELECT client, buurt FROM ds_client_buurt"
        + " WHERE dataset_id = ? AND kind = 'PREFERRED' ORDER BY client, position", id);
    return jdbc.query("SELECT * FROM ds_client WHERE dataset_id = ? ORDER BY position", (rs, i) -> {
      String client = rs.getString("id");
      return new Client(client, ClientGroup.valueOf(rs.getString("client_group")),
          SupportLevel.valueOf(rs.getString("support")), rs.getString("care_provider"), rs.getInt("household_size"),
          rs.getBoolean("aow_age"), decimal(rs, "income"), IncomeSource.valueOf(rs.getString("income_source")),
          decimal(rs, "years_in_region"), enumOrNull(rs.getString("screening"), Screening::valueOf),
          bool(rs, "hardship"), bool(rs, "needs_step_free"), excluded.get(client), preferred.get(client),
          localDate(rs, "waiting_since"));
    }, id);
  }

  private <T> void batch(String sql, List<T> items, RowFactory<T> rowFactory) {
    List<Object[]> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      rows.add(rowFactory.row(items.get(i), i));
    }
    jdbc.batchUpdate(sql, rows);
  }

  private interface RowFactory<T> {
    Object[] row(T item, int position);
  }

  private static void addCodes(List<Object[]> rows, long id, String owner, String kind, List<String> codes) {
    List<String> list = listOrEmpty(codes);
    for (int i = 0; i < list.size(); i++) {
      rows.add(new Object[] {id, owner, kind, i, list.get(i)});
    }
  }

  /** Two-column query result as key to ordered values. */
  private Map<String, List<String>> grouped(String sql, long id) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
    }, id);
    return result;
  }

  private List<String> strings(String sql, long id) {
    return jdbc.queryForList(sql, String.class, id);
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? Collections.emptyList() : list;
  }

  private static <T> List<T> mapped(List<String> values, Function<String, T> parse) {
    return values == null ? null : values.stream().map(parse).toList();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <T> T enumOrNull(String value, Function<String, T> parse) {
    return value == null ? null : parse.apply(value);
  }

  private static Share share(String written) {
    if (written == null) {
      return null;
    }
    return written.contains("/") ? Share.parseFraction(written) : Share.ofDecimal(new BigDecimal(written));
  }

  private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static String json(ObjectNode policy) {
    try {
      return ScenarioJson.mapper().writeValueAsString(policy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode policy(String json) {
    if (json == null) {
      return null;
    }
    try {
      return (ObjectNode) ScenarioJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored policy is not JSON", e);
    }
  }
}
