package nl.veerkracht.app.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veerkracht.rules.indicators.IndicatorReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code veerkracht-indicators/1} for the stored areas, small cells suppressed. */
@RestController
@Tag(name = "indicators")
public class AreaIndicatorsController {

  private final AreaIndicatorsService indicators;

  public AreaIndicatorsController(AreaIndicatorsService indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/api/v1/areas/indicators")
  @Operation(summary = "The indicator model for a stored dataset's areas (default: the newest), small cells suppressed (POLICYMAKER)")
  public IndicatorReport indicators(@RequestParam(required = false) Long dataset) {
    return indicators.report(dataset);
  }
}
