package nl.veerkracht.app.indicators;

import nl.veerkracht.rules.indicators.AreaIndicators;
import nl.veerkracht.rules.indicators.IndicatorReport;

/**
 * The city's room for people who need extra attention against the yearly inflow of clients:
 * the streets' capacities summed (in capacity units, a year), how many streets have room, and how
 * many the worst typology closes.
 */
public record CityRoom(int room, int streetsWithRoom, int streets, int closedStreets, int clients) {

  static CityRoom of(IndicatorReport report, int clients) {
    int room = 0;
    int withRoom = 0;
    int streets = 0;
    int closed = 0;
    for (AreaIndicators street : report.areas()) {
      if (!street.level().equals("STREET")) {
        continue;
      }
      streets++;
      room += street.capacity();
      withRoom += street.capacity() > 0 ? 1 : 0;
      closed += street.explanation().stream().anyMatch(step -> step.factor().equals("WORST_TYPOLOGY")) ? 1 : 0;
    }
    return new CityRoom(room, withRoom, streets, closed, clients);
  }
}
