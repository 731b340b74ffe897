package nl.veerkracht.rules.letting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.veerkracht.rules.LegalParameters;
import nl.veerkracht.rules.YearParameters;
import nl.veerkracht.scenario.Area;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.ClientGroup;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.SupportLevel;
import nl.veerkracht.scenario.Unit;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The rule base's verdicts for direct mediation, and the proof of its shortcut: deciding one
 * representative unit per class gives, on random scenarios with rents and incomes on and around
 * every threshold, the same refusals as deciding every unit.
 */
class MediationTest {

  private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
  private static final YearParameters YEAR = LegalParameters.bundled().forYear(2026, null).orElseThrow();

  @Property(tries = 60)
  void classesDecideAsEveryUnitDoes(@ForAll long seed) {
    Scenario scenario = randomScenario(new Random(seed));

    Mediation byClass = Mediation.evaluate(scenario, RuleBase.current());
    Mediation byUnit = Mediation.evaluateEachUnit(scenario, RuleBase.current());

    for (Client client : scenario.clients()) {
      for (String unit : scenario.directOffers()) {
        assertThat(byClass.refusedBy(client, unit)).as("seed %d, %s on %s", seed, client.id(), unit)
            .isEqualTo(byUnit.refusedBy(client, unit));
      }
    }
    assertThat(byClass.decisions()).isLessThanOrEqualTo(32);
  }

  @Example
  void randomScenariosReachEveryRefusingRule() {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (long seed = 0; seed < 20; seed++) {
      Scenario scenario = randomScenario(new Random(seed));
      Mediation mediation = Mediation.evaluate(scenario, RuleBase.current());
      scenario.clients().forEach(c -> scenario.directOffers().forEach(u -> codes.addAll(mediation.refusedBy(c, u))));
    }
    assertThat(codes).containsExactly("DAEB", "PASSEND", "WBMGP-10", "WBMGP-8");
  }

  @Example
  void refusesByArt8Art10PassendAndDaebWithoutExceptionsOrFreeRoom() {
    Area designated = street("ST1", "BU1");
    Area free = street("ST2", "BU2");
    List<Unit> units = List.of(unit("U-CHEAP-8", "ST1", "600"), unit("U-CHEAP", "ST2", "600"),
        unit("U-ABOVE-LAAG", "ST2", "750"), unit("U-FREE-SECTOR", "ST2", "1200"));
    List<Designation> designations = List.of(
        designation("D8", Article.WBMGP_8, "ST1", DATE.minusYears(1), DATE.plusYears(1)),
        designation("D10", Article.WBMGP_10, "ST1", DATE.minusYears(1), DATE.plusYears(1)),
        designation("D8-LATER", Article.WBMGP_8, "ST2", DATE.plusDays(1), DATE.plusYears(1)));
    Client newcomer = client("C-NEW", 1, "14000", IncomeSource.SOCIAL_ASSISTANCE, "2", Screening.NEGATIVE);
    Client rich = client("C-RICH", 2, "60000", IncomeSource.EMPLOYMENT, "10", Screening.CLEAR);
    Scenario scenario = scenario(null, List.of(designated, free), designations, units, List.of(newcomer, rich));

    Mediation mediation = Mediation.evaluate(scenario, RuleBase.current());

    assertThat(mediation.refusedBy(newcomer, "U-CHEAP-8")).containsExactly("WBMGP-10", "WBMGP-8");
    assertThat(mediation.refusedBy(newcomer, "U-CHEAP")).isEmpty();
    assertThat(mediation.refusedBy(newcomer, "U-ABOVE-LAAG")).containsExactly("PASSEND");
    assertThat(mediation.refusedBy(rich, "U-CHEAP")).containsExactly("DAEB");
    assertThat(mediation.refusedBy(rich, "U-FREE-SECTOR")).isEmpty();
    assertThat(mediation.eligible("C-RICH", "U-FREE-SECTOR")).isTrue();
  }

  @Example
  void theScreeningNotesOfEachClientUnitPairTravelWithTheVerdicts() {
    List<Unit> units = List.of(unit("U-A", "ST1", "600"), unit("U-B", "ST2", "600"), unit("U-FREE", "ST3", "600"));
    List<Designation> designations = List.of(
        designation("D10-A", Article.WBMGP_10, "ST1", DATE.minusYears(1), DATE.plusYears(1)),
        designation("D10-B", Article.WBMGP_10, "ST2", DATE.minusYears(1), DATE.plusYears(1)));
    Client unscreened = client("C-NONE", 1, "14000", IncomeSource.EMPLOYMENT, "10", Screening.NONE);
    Client conditional = client("C-COND", 1, "14000", IncomeSource.EMPLOYMENT, "10", Screening.CONDITIONAL);
    Client clear = client("C-CLEAR", 1, "14000", IncomeSource.EMPLOYMENT, "10", Screening.CLEAR);
    Scenario scenario = scenario(null, List.of(street("ST1", "BU1"), street("ST2", "BU2"), street("ST3", "BU3")),
        designations, units, List.of(unscreened, conditional, clear));

    Mediation mediation = Mediation.evaluate(scenario, RuleBase.current());

    // U-A and U-B are decided as one class; each note still names its own unit and designation
    assertThat(mediation.notes("C-NONE", "U-B")).singleElement().satisfies(note -> {
      assertThat(note.outcome()).isEqualTo("PENDING");
      assertThat(note.message()).isEqualTo("art10.none");
      assertThat(note.args()).containsEntry("unit", "U-B").containsEntry("designation", "D10-B");
    });
    assertThat(mediation.provisional("C-NONE", "U-A")).isTrue();
    assertThat(mediation.notes("C-COND", "U-A")).singleElement()
        .satisfies(note -> assertThat(note.message()).isEqualTo("art10.conditional"));
    assertThat(mediation.provisional("C-COND", "U-A")).isFalse();
    assertThat(mediation.notes("C-CLEAR", "U-A")).isEmpty();
    assertThat(mediation.notes("C-NONE", "U-FREE")).isEmpty();
    assertThat(RuleBase.current().render(mediation.notes("C-NONE", "U-A").get(0), Language.NL).detail())
        .contains("U-A", "woonverklaring is vereist", "voorlopig");
  }

  @Example
  void appliesThePolicysDesignationChanges() {
    ObjectNode policy = JsonNodeFactory.instance.objectNode();
    policy.putArray("designationsRemove").add("D8");
    policy.putArray("designationsAdd").add(ScenarioJson.mapper().valueToTree(
        designation("D10-NEW", Article.WBMGP_10, "ST1", DATE, DATE.plusYears(1))));
    Scenario scenario = scenario(policy, List.of(street("ST1", "BU1")),
        List.of(designation("D8", Article.WBMGP_8, "ST1", DATE.minusYears(1), DATE.plusYears(1))),
        List.of(unit("U1", "ST1", "600")),
        List.of(client("C1", 1, "14000", IncomeSource.SOCIAL_ASSISTANCE, "2", Screening.NEGATIVE)));

    assertThat(Mediation.evaluate(scenario, RuleBase.current()).refusedBy("C1", "U1")).containsExactly("WBMGP-10");
  }

  @Example
  void aUnitThatIsNoDirectOfferIsAnError() {
    Scenario scenario = scenario(null, List.of(street("ST1", "BU1")), List.of(), List.of(unit("U1", "ST1", "600")),
        List.of());
    assertThatThrownBy(() -> Mediation.evaluate(scenario, RuleBase.current()).refusedBy("C1", "U2"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void aReferenceYearWithoutParametersIsInvalidInput() {
    Scenario scenario = new Scenario(Scenario.FORMAT, LocalDate.of(2031, 1, 1), null, List.of(street("ST1", "BU1")),
        List.of(), null, null, List.of(unit("U1", "ST1", "600")), null, null, List.of(), null, List.of("U1"));
    assertThatThrownBy(() -> Mediation.evaluate(scenario, RuleBase.current()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no parameters for year 2031");
  }

  // ------------------------------------------------------------------ random scenarios

  /** Rents and incomes on, just below and just above each threshold; designations in and out of force. */
  static Scenario randomScenario(Random random) {
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(5); i++) {
      areas.add(street("ST" + i, "BU" + random.nextInt(3)));
    }
    List<Designation> designations = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      Article article = random.nextBoolean() ? Article.WBMGP_8 : Article.WBMGP_10;
      LocalDate from = DATE.plusDays(random.nextInt(5) - 2);
      Area area = areas.get(random.nextInt(areas.size()));
      designations.add(random.nextBoolean()
          ? designation("D" + i, article, area.street(), from, from.plusYears(1))
          : new Designation("D" + i, article, null, List.of(area.buurt()), from, from.plusYears(1), null, null, null));
    }
    List<Unit> units = new ArrayList<>();
    List<BigDecimal> rents = around(YEAR.aftoppingsgrensLaag(), YEAR.aftoppingsgrensHoog(), YEAR.daebRentLimit());
    for (int i = 0; i < 5 + random.nextInt(30); i++) {
      BigDecimal rent = rents.get(random.nextInt(rents.size()));
      units.add(unit("U" + i, areas.get(random.nextInt(areas.size())).street(), rent.toPlainString()));
    }
    List<Client> clients = new ArrayList<>();
    IncomeSource[] sources = IncomeSource.values();
    Screening[] screenings = Screening.values();
    for (int i = 0; i < 1 + random.nextInt(25); i++) {
      int size = 1 + random.nextInt(4);
      boolean aow = random.nextInt(4) == 0;
      List<BigDecimal> incomes = around(YEAR.passendIncomeLimitFor(size, aow), YEAR.daebIncomeLimitFor(size),
          BigDecimal.valueOf(12000));
      Client client = client("C" + i, size, incomes.get(random.nextInt(incomes.size())).toPlainString(),
          sources[random.nextInt(sources.length)], String.valueOf(random.nextInt(12)),
          screenings[random.nextInt(screenings.length)]);
      clients.add(random.nextInt(5) == 0 ? withHardship(client, aow) : withAow(client, aow));
    }
    return scenario(null, areas, designations, units, clients);
  }

  private static List<BigDecimal> around(BigDecimal... thresholds) {
    List<BigDecimal> values = new ArrayList<>();
    BigDecimal cent = new BigDecimal("0.01");
    for (BigDecimal threshold : thresholds) {
      values.addAll(List.of(threshold.subtract(cent), threshold, threshold.add(cent)));
    }
    return values;
  }

  // ------------------------------------------------------------------ builders

  private static Scenario scenario(ObjectNode policy, List<Area> areas, List<Designation> designations,
      List<Unit> units, List<Client> clients) {
    return new Scenario(Scenario.FORMAT, DATE, policy, areas, designations, null, null, units, null, null, clients,
        null, units.stream().map(Unit::id).toList());
  }

  private static Area street(String id, String buurt) {
    return new Area(id, "Straat " + id, buurt, null, 100, 2, null, null, null);
  }

  private static Unit unit(String id, String street, String rent) {
    return new Unit(id, street, new BigDecimal(rent), 2, true, "Woonstad", null);
  }

  private static Designation designation(String id, Article article, String street, LocalDate from, LocalDate to) {
    return new Designation(id, article, List.of(street), null, from, to, null, null, null);
  }

  private static Client client(String id, int size, String income, IncomeSource source, String years,
      Screening screening) {
    return new Client(id, ClientGroup.GGZ, SupportLevel.LIGHT, null, size, false, new BigDecimal(income), source,
        new BigDecimal(years), screening, null, null, null, null, DATE.minusYears(1));
  }

  private static Client withAow(Client c, boolean aow) {
    return new Client(c.id(), c.group(), c.support(), c.careProvider(), c.householdSize(), aow, c.income(),
        c.incomeSource(), c.yearsInRegion(), c.screening(), c.hardship(), null, null, null, c.waitingSince());
  }

  private static Client withHardship(Client c, boolean aow) {
    return new Client(c.id(), c.group(), c.support(), c.careProvider(), c.householdSize(), aow, c.income(),
        c.incomeSource(), c.yearsInRegion(), c.screening(), true, null, null, null, c.waitingSince());
  }
}
