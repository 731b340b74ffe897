package nl.veerkracht.rules.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buurt's room pooled over its streets, so that room follows the model rather than each
 * street's rounding: the buurt's whole places a year (its streets' fractional room summed, rounded)
 * go to its streets by the largest-remainder method, so each street gets its room rounded down or
 * up and the buurt exactly its total. Ties go to the street listed first.
 */
final class RoomPool {

  private RoomPool() {
  }

  /** Whole places per street, by street id in the given order. */
  static Map<String, Integer> pool(Map<String, Double> roomByStreet) {
    double total = roomByStreet.values().stream().mapToDouble(Double::doubleValue).sum();
    int places = (int) Math.round(total);
    Map<String, Integer> result = new LinkedHashMap<>();
    List<String> streets = new ArrayList<>(roomByStreet.keySet());
    int given = 0;
    for (String street : streets) {
      int whole = (int) Math.floor(roomByStreet.get(street) + 1e-9);
      result.put(street, whole);
      given += whole;
    }
    List<String> byRemainder = new ArrayList<>(streets);
    byRemainder.sort((a, b) -> Double.compare(remainder(roomByStreet.get(b)), remainder(roomByStreet.get(a))));
    for (int i = 0; given < places && i < byRemainder.size(); i++, given++) {
      result.merge(byRemainder.get(i), 1, Integer::sum);
    }
    return result;
  }

  private static double remainder(double room) {
    return room - Math.floor(room + 1e-9);
  }
}
