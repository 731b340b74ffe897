package nl.veerkracht.rules.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * {@code veerkracht-indicators/1}: every buurt, then every street. {@code fromYear},
 * {@code toYear} and {@code parameters} (extensions) say which period and which model
 * parameters the values rest on.
 */
@JsonPropertyOrder({"format", "fromYear", "toYear", "parameters", "areas"})
public record IndicatorReport(Integer fromYear, Integer toYear, ModelParameters parameters, List<AreaIndicators> areas) {

  public static final String FORMAT = "veerkracht-indicators/1";

  @JsonProperty("format")
  public String format() {
    return FORMAT;
  }
}
