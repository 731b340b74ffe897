package nl.veerkracht.democity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;

/**
 * One of Rotterdam's 71 Wijkprofiel neighbourhoods with its real figures.
 *
 * @param code the CBS buurt code ({@code BU0599xxxx}) where the area is exactly one CBS buurt that
 *     no other area shares, otherwise {@code WP0599} and the four-digit wijknr
 * @param wijknr the Wijkprofiel's number of the area
 * @param name the Wijkprofiel's name of the area
 * @param gebied the Wijkprofiel's larger area (gebied) it belongs to
 * @param cbsBuurten the CBS buurt codes (2015 = 2020 classification) the area covers
 * @param geometry the area's outline in WGS84 (longitude, latitude), from the CBS buurt polygons
 * @param neighbours codes of the buurten whose outline touches this one's, in code order
 * @param wijkprofiel the Wijkprofiel figures by year (2014, 2016); the maps by year iterate in year order
 * @param health the RIVM health estimates by year (2012, 2016, 2020)
 * @param wijkLiveability the Leefbaarometer scores of the area's CBS wijk by year (2012, 2014, 2016)
 */
public record Buurt(
    String code,
    int wijknr,
    String name,
    String gebied,
    List<String> cbsBuurten,
    Geometry geometry,
    List<String> neighbours,
    BuurtContext context,
    Map<Integer, WijkprofielYear> wijkprofiel,
    Map<Integer, HealthYear> health,
    Map<Integer, WijkLiveability> wijkLiveability) {

  public Buurt {
    cbsBuurten = List.copyOf(cbsBuurten);
    neighbours = List.copyOf(neighbours);
    wijkprofiel = byYear(wijkprofiel);
    health = byYear(health);
    wijkLiveability = byYear(wijkLiveability);
  }

  /** The CBS wijk code ({@code WK0599xx}) of the area: that of its CBS buurten, which all lie in one wijk. */
  public String cbsWijk() {
    return cbsWijkOf(cbsBuurten.get(0));
  }

  /** The CBS wijk code of a CBS buurt code: {@code BU05991081} lies in {@code WK059910}. */
  static String cbsWijkOf(String cbsBuurt) {
    return "WK" + cbsBuurt.substring(2, 8);
  }

  /** A buurt is known by its code (and comparing codes is cheap, unlike geometries). */
  @Override
  public boolean equals(Object other) {
    return other instanceof Buurt buurt && buurt.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  public WijkprofielYear wijkprofiel(int year) {
    return required(wijkprofiel, year);
  }

  public HealthYear health(int year) {
    return required(health, year);
  }

  private static <T> Map<Integer, T> byYear(Map<Integer, T> values) {
    return Collections.unmodifiableMap(new TreeMap<>(values));
  }

  private <T> T required(Map<Integer, T> byYear, int year) {
    T value = byYear.get(year);
    if (value == null) {
      throw new IllegalArgumentException(code + " has no figures for " + year);
    }
    return value;
  }
}
