package nl.veerkracht.scenario;

import java.util.List;
import java.util.Map;

/** A street ({@code areas[]}), with its buurt and optional indicator values per year. */
public record Area(
    String street,
    String name,
    String buurt,
    String buurtName,
    int dwellings,
    Integer capacity,
    List<String> neighbours,
    Map<String, IndicatorValues> indicators,
    Integer recentPlacements) {
}
