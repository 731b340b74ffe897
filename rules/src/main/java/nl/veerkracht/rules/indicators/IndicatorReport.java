package nl.veerkracht.rules.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code veerkracht-indicators/1}: every buurt, then every street. {@code fromYear},
 * {@code toYear}, {@code parameters} and {@code changeCuts} (extensions) say which period, which
 * model parameters and which changes the values rest on.
 */
@JsonPropertyOrder({"format", "fromYear", "toYear", "parameters", "changeCuts", "areas"})
public record IndicatorReport(Integer fromYear, Integer toYear, ModelParameters parameters, ChangeCuts changeCuts,
    List<AreaIndicators> areas) {

  /**
   * The changes that counted in this city (an extension): an index must rise by more than
   * {@code rising} points to be rising, a score fall by more than {@code worsening} to be worsening;
   * each the larger of its threshold and the spread of that change over the buurten.
   */
  public record ChangeCuts(BigDecimal rising, BigDecimal worsening) {
  }

  public static final String FORMAT = "veerkracht-indicators/1";

  @JsonProperty("format")
  public String format() {
    return FORMAT;
  }
}
