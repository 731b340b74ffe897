package nl.veerkracht.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.veerkracht.rules.LegalParameters;

/**
 * The checks of a structurally valid scenario that a schema cannot express: unique ids,
 * references that resolve, counts within their totals, designation periods, overlapping art. 9
 * designations (in the scenario and after the policy's changes) and years without parameters.
 */
public final class ScenarioValidator {

  private static final TypeReference<List<Designation>> DESIGNATIONS = new TypeReference<>() {
  };
  private static final TypeReference<List<String>> IDS = new TypeReference<>() {
  };

  private final Scenario scenario;
  private final LegalParameters parameters;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> buurtOfStreet = new HashMap<>();
  private final Set<String> unitIds = new HashSet<>();

  private ScenarioValidator(Scenario scenario) {
    this.scenario = scenario;
    this.parameters = LegalParameters.bundled();
    scenario.areas().forEach(area -> buurtOfStreet.putIfAbsent(area.street(), area.buurt()));
    scenario.units().forEach(unit -> unitIds.add(unit.id()));
  }

  /** Every problem of the scenario, grouped by section in the spec's order; empty when it is valid. */
  public static List<Problem> check(Scenario scenario) {
    ScenarioValidator validator = new ScenarioValidator(scenario);
    validator.checkAll();
    return List.copyOf(validator.problems);
  }

  private void checkAll() {
    checkPolicy();
    requireUnique("areas", scenario.areas(), Area::street, "street", "street");
    checkDesignations();
    checkUrgentQuotas();
    checkOwnerState();
    checkUnits();
    requireUnique("seekers", scenario.seekers(), Seeker::id, "id", "id");
    checkVacancies();
    checkClients();
    requireUnique("careProviders", scenario.careProviders(), CareProvider::name, "name", "name");
    checkDirectOffers();
    checkParameterYears();
  }

  private void checkDesignations() {
    List<Designation> designations = scenario.designations();
    requireUnique("designations", designations, Designation::id, "id", "id");
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < designations.size(); i++) {
      String path = Paths.index("designations", i);
      checkDesignation(designations.get(i), path);
      placed.add(new Placed(designations.get(i), path, false));
    }
    checkArt9Overlaps(placed, false);
  }

  private void checkDesignation(Designation designation, String path) {
    if (designation.streetsOrEmpty().isEmpty() && designation.buurtenOrEmpty().isEmpty()) {
      add(path, "designationWithoutPlace");
    }
    List<String> streets = designation.streetsOrEmpty();
    for (int i = 0; i < streets.size(); i++) {
      requireStreet(streets.get(i), Paths.index(Paths.field(path, "streets"), i));
    }
    checkValidity(designation, path);
    if (designation.article() != Article.WBMGP_9) {
      if (designation.share() != null) {
        add(Paths.field(path, "share"), "onlyOnArt9");
      }
      if (designation.priorVacancies() != null) {
        add(Paths.field(path, "priorVacancies"), "onlyOnArt9");
      }
    }
  }

  private void checkValidity(Designation designation, String path) {
    LocalDate from = designation.validFrom();
    LocalDate to = designation.validTo();
    LocalDate latestEnd = from.plusYears(4).minusDays(1);
    if (to.isBefore(from)) {
      add(Paths.field(path, "validTo"), "validToBeforeValidFrom", from);
    } else if (to.isAfter(latestEnd)) {
      add(Paths.field(path, "validTo"), "designationTooLong", latestEnd);
    }
  }

  /** A designation with the path it was read from; {@code added} when it comes from the policy. */
  private record Placed(Designation designation, String path, boolean added) {
  }

  /**
   * Reports every later WBMGP-9 designation that meets an earlier one in place and time. With
   * {@code onlyWithAdded}, pairs of two scenario designations are skipped: checking the
   * scenario's own list reported them already.
   */
  private void checkArt9Overlaps(List<Placed> placed, boolean onlyWithAdded) {
    for (int later = 0; later < placed.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        Placed first = placed.get(earlier);
        Placed second = placed.get(later);
        if (!onlyWithAdded || first.added() || second.added()) {
          reportArt9Overlap(first, second);
        }
      }
    }
  }

  private void reportArt9Overlap(Placed first, Placed second) {
    Designation a = first.designation();
    Designation b = second.designation();
    if (a.article() != Article.WBMGP_9 || b.article() != Article.WBMGP_9) {
      return;
    }
    LocalDate from = later(a.validFrom(), b.validFrom());
    LocalDate to = earlier(a.validTo(), b.validTo());
    List<String> where = sharedArea(a, b);
    if (!from.isAfter(to) && where != null) {
      List<Object> args = new ArrayList<>(List.of(a.id(), first.path()));
      args.addAll(where.subList(1, where.size()));
      args.addAll(List.of(from, to));
      add(second.path(), where.get(0), args.toArray());
    }
  }

  /**
   * Where two designations meet: a common street, a common buurt, or a street in the other's
   * buurt, as the problem code followed by the street and buurt it names; null when they do not.
   */
  private List<String> sharedArea(Designation a, Designation b) {
    for (String street : a.streetsOrEmpty()) {
      if (b.streetsOrEmpty().contains(street)) {
        return List.of("overlap.street", street);
      }
    }
    for (String buurt : a.buurtenOrEmpty()) {
      if (b.buurtenOrEmpty().contains(buurt)) {
        return List.of("overlap.buurt", buurt);
      }
    }
    List<String> streetInBuurt = streetInBuurt(a, b);
    return streetInBuurt != null ? streetInBuurt : streetInBuurt(b, a);
  }

  private List<String> streetInBuurt(Designation withStreets, Designation withBuurten) {
    for (String street : withStreets.streetsOrEmpty()) {
      String buurt = buurtOfStreet.get(street);
      if (buurt != null && withBuurten.buurtenOrEmpty().contains(buurt)) {
        return List.of("overlap.streetInBuurt", street, buurt);
      }
    }
    return null;
  }

  private void checkPolicy() {
    if (scenario.policy() == null) {
      return;
    }
    List<Designation> added = policyList("designationsAdd", DESIGNATIONS);
    List<String> removed = policyList("designationsRemove", IDS);
    Set<String> scenarioIds = new HashSet<>();
    scenario.designations().forEach(designation -> scenarioIds.add(designation.id()));
    for (int i = 0; i < removed.size(); i++) {
      if (!scenarioIds.contains(removed.get(i))) {
        add(Paths.index("policy.designationsRemove", i), "unknownDesignation", removed.get(i));
      }
    }
    requireUnique("policy.designationsAdd", added, Designation::id, "id", "id");
    for (int i = 0; i < added.size(); i++) {
      String path = Paths.index("policy.designationsAdd", i);
      checkAddedId(added.get(i).id(), path, removed);
      checkDesignation(added.get(i), path);
    }
    checkArt9Overlaps(effectiveDesignations(added, removed), true);
  }

  private void checkAddedId(String id, String path, List<String> removed) {
    List<Designation> designations = scenario.designations();
    for (int i = 0; i < designations.size(); i++) {
      if (designations.get(i).id().equals(id) && !removed.contains(id)) {
        add(Paths.field(path, "id"), "idAlreadyUsed", id, i);
        return;
      }
    }
  }

  private List<Placed> effectiveDesignations(List<Designation> added, List<String> removed) {
    List<Placed> effective = new ArrayList<>();
    List<Designation> designations = scenario.designations();
    for (int i = 0; i < designations.size(); i++) {
      if (!removed.contains(designations.get(i).id())) {
        effective.add(new Placed(designations.get(i), Paths.index("designations", i), false));
      }
    }
    for (int i = 0; i < added.size(); i++) {
      effective.add(new Placed(added.get(i), Paths.index("policy.designationsAdd", i), true));
    }
    return effective;
  }

  private static final TypeReference<List<UrgentQuota>> QUOTAS = new TypeReference<>() { };

  private <T> List<T> policyList(String field, TypeReference<List<T>> type) {
    JsonNode node = scenario.policy().get(field);
    return node == null || node.isNull() ? List.of() : ScenarioJson.mapper().convertValue(node, type);
  }

  private void checkUrgentQuotas() {
    List<UrgentQuota> quotas = scenario.urgentQuotas();
    requireUnique("urgentQuotas", quotas, UrgentQuota::buurt, "buurt", "buurt");
    if (scenario.policy() != null) {
      requireUnique("policy.urgentQuotas", policyList("urgentQuotas", QUOTAS), UrgentQuota::buurt, "buurt", "buurt");
    }
    for (int i = 0; i < quotas.size(); i++) {
      requireWithinTotal(Paths.index("urgentQuotas", i), "urgentLettingsSoFar",
          zeroIfNull(quotas.get(i).urgentLettingsSoFar()), "lettingsSoFar", zeroIfNull(quotas.get(i).lettingsSoFar()));
    }
  }

  private void checkOwnerState() {
    List<OwnerState> owners = scenario.ownerState();
    requireUnique("ownerState", owners, OwnerState::owner, "owner", "owner");
    for (int i = 0; i < owners.size(); i++) {
      OwnerState owner = owners.get(i);
      String path = Paths.index("ownerState", i);
      requireWithinTotal(path, "daebFreeLettings", owner.daebFreeLettings(), "daebLettings", owner.daebLettings());
      requireWithinTotal(path, "passendExceptions", owner.passendExceptions(),
          "passendTargetLettings", owner.passendTargetLettings());
    }
  }

  private void requireWithinTotal(String path, String part, int partValue, String total, int totalValue) {
    if (partValue > totalValue) {
      add(Paths.field(path, part), "mustNotExceed", total, totalValue);
    }
  }

  private void checkUnits() {
    List<Unit> units = scenario.units();
    requireUnique("units", units, Unit::id, "id", "id");
    for (int i = 0; i < units.size(); i++) {
      requireStreet(units.get(i).street(), Paths.item("units", i, "street"));
    }
  }

  private void checkVacancies() {
    List<Vacancy> vacancies = scenario.vacancies();
    Set<String> seekerIds = new HashSet<>();
    scenario.seekers().forEach(seeker -> seekerIds.add(seeker.id()));
    requireUnique("vacancies", vacancies, Vacancy::unit, "unit", "unit");
    for (int i = 0; i < vacancies.size(); i++) {
      Vacancy vacancy = vacancies.get(i);
      requireUnit(vacancy.unit(), Paths.item("vacancies", i, "unit"));
      String respondentsPath = Paths.item("vacancies", i, "respondents");
      List<String> respondents = vacancy.respondents();
      for (int r = 0; r < respondents.size(); r++) {
        if (!seekerIds.contains(respondents.get(r))) {
          add(Paths.index(respondentsPath, r), "unknownSeeker", respondents.get(r));
        }
      }
      requireUnique(respondentsPath, respondents, Function.identity(), null, "respondent");
    }
  }

  private void checkClients() {
    List<Client> clients = scenario.clients();
    requireUnique("clients", clients, Client::id, "id", "id");
    Set<String> providers = new HashSet<>();
    scenario.careProviders().forEach(provider -> providers.add(provider.name()));
    // Without a careProviders section, a client's careProvider is only a name.
    if (providers.isEmpty()) {
      return;
    }
    for (int i = 0; i < clients.size(); i++) {
      String provider = clients.get(i).careProvider();
      if (provider != null && !providers.contains(provider)) {
        add(Paths.item("clients", i, "careProvider"), "unknownCareProvider", provider);
      }
    }
  }

  private void checkDirectOffers() {
    List<String> offers = scenario.directOffers();
    Map<String, Integer> vacancyOfUnit = new HashMap<>();
    for (int i = 0; i < scenario.vacancies().size(); i++) {
      vacancyOfUnit.putIfAbsent(scenario.vacancies().get(i).unit(), i);
    }
    requireUnique("directOffers", offers, Function.identity(), null, "unit");
    for (int i = 0; i < offers.size(); i++) {
      String path = Paths.index("directOffers", i);
      requireUnit(offers.get(i), path);
      Integer vacancy = vacancyOfUnit.get(offers.get(i));
      if (vacancy != null) {
        add(path, "alsoInVacancies", offers.get(i), vacancy);
      }
    }
  }

  private void checkParameterYears() {
    JsonNode yearsOverride = scenario.policy() == null ? null : scenario.policy().get("years");
    Map<Integer, Boolean> known = new HashMap<>();
    List<Vacancy> vacancies = scenario.vacancies();
    for (int i = 0; i < vacancies.size(); i++) {
      int year = vacancies.get(i).publishedOn().getYear();
      if (!known.computeIfAbsent(year, y -> parameters.forYear(y, yearsOverride).isPresent())) {
        add(Paths.item("vacancies", i, "publishedOn"), "noParametersForYear", year);
      }
    }
    int referenceYear = scenario.referenceDate().getYear();
    if (!scenario.clients().isEmpty() && parameters.forYear(referenceYear, yearsOverride).isEmpty()) {
      add("referenceDate", "noParametersForYear", referenceYear);
    }
  }

  private void requireStreet(String street, String path) {
    if (!buurtOfStreet.containsKey(street)) {
      add(path, "unknownStreet", street);
    }
  }

  private void requireUnit(String unit, String path) {
    if (!unitIds.contains(unit)) {
      add(path, "unknownUnit", unit);
    }
  }

  /**
   * Reports every repeated key in a section at {@code section[i].field} (or at
   * {@code section[i]} when field is null), naming the first item with that key.
   */
  private <T> void requireUnique(String section, List<T> items, Function<T, String> key, String field, String kind) {
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      Integer first = firstIndex.putIfAbsent(value, i);
      if (first != null) {
        String path = field == null ? Paths.index(section, i) : Paths.item(section, i, field);
        add(path, "duplicate." + kind, value, Paths.index(section, first));
      }
    }
  }

  private void add(String path, String code, Object... args) {
    problems.add(Problem.coded(path, code, args));
  }

  private static int zeroIfNull(Integer value) {
    return value == null ? 0 : value;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
