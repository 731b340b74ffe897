package nl.veerkracht.rules.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * One area (a buurt or a street) in {@code veerkracht-indicators/1}. The fields of the
 * specification come first; {@code buurt}, {@code dwellings}, {@code corporationShareClass}
 * and {@code explanation} (why a street's capacity is what it is) are extensions.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"level", "code", "name", "vulnerabilityIndex", "vulnerabilityTrend", "nuisanceLevel",
    "nuisanceTrend", "typology", "capacity", "suppressed", "buurt", "dwellings", "corporationShareClass",
    "explanation"})
public record AreaIndicators(
    String level,
    String code,
    String name,
    BigDecimal vulnerabilityIndex,
    BigDecimal vulnerabilityTrend,
    BigDecimal nuisanceLevel,
    BigDecimal nuisanceTrend,
    Typology typology,
    Integer capacity,
    List<String> suppressed,
    String buurt,
    int dwellings,
    String corporationShareClass,
    List<CapacityStep> explanation) {
}
