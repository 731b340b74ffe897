package nl.veerkracht.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.veerkracht.rules.Exact;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.Typology;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Share;
import nl.veerkracht.scenario.Vacancy;

/**
 * A policy's {@code rentSteering} (scenario.md): in the buurten of the given typologies, the
 * vacancies that the exact share sequence marks (numbered per buurt in letting order, as art. 9
 * numbers a designation's) are let at the hoge aftoppingsgrens of their year plus one euro
 * instead of their own rent.
 */
public record RentSteering(Set<Typology> typologies, Share share) {

  public RentSteering {
    typologies = Set.copyOf(typologies);
  }

  /** The rent steering of a valid policy, or null without. */
  static RentSteering of(Policy policy) {
    JsonNode node = policy.json().get("rentSteering");
    if (node == null || node.isNull()) {
      return null;
    }
    Set<Typology> typologies = EnumSet.noneOf(Typology.class);
    node.get("typologies").forEach(typology -> typologies.add(Typology.valueOf(typology.asText())));
    return new RentSteering(typologies, ScenarioJson.mapper().convertValue(node.get("share"), Share.class));
  }

  /** The rents this steering lets vacancies at where it changes them, by unit id. */
  Map<String, BigDecimal> steeredRents(List<Vacancy> lettingOrder, Function<String, String> buurtOfUnit,
      Map<String, Typology> typologyOfBuurt, ParameterYears years) {
    Map<String, BigDecimal> rents = new LinkedHashMap<>();
    Map<String, Long> numbers = new HashMap<>();
    for (Vacancy vacancy : lettingOrder) {
      String buurt = buurtOfUnit.apply(vacancy.unit());
      Typology typology = typologyOfBuurt.get(buurt);
      if (typology != null && typologies.contains(typology)) {
        long number = numbers.merge(buurt, 1L, Long::sum) - 1;
        if (Exact.marked(number, share)) {
          BigDecimal ceiling = years.forYear(vacancy.publishedOn().getYear()).aftoppingsgrensHoog();
          rents.put(vacancy.unit(), ceiling.add(BigDecimal.ONE));
        }
      }
    }
    return rents;
  }
}
