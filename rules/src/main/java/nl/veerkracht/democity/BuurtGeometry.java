package nl.veerkracht.democity;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.veerkracht.scenario.ScenarioJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The outlines of the Wijkprofiel areas, made from the CBS buurt polygons of 2015 (WGS84,
 * generalised), and the neighbours they imply.
 */
final class BuurtGeometry {

  static final String RESOURCE = "opendata/rotterdam_buurt_2015.geojson";

  /** Outlines closer than this (about one metre) touch; the shared borders of the source are identical lines. */
  private static final double TOUCH_TOLERANCE_DEGREES = 0.00001;
  private static final int BISECTION_STEPS = 60;
  private static final int MINIMUM_RING_POINTS = 4;

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private BuurtGeometry() {
  }

  /** The CBS buurt polygons by code; a buurt the source has no geometry for (Witte Dorp) is absent. */
  static Map<String, Geometry> cbsBuurten() {
    Map<String, Geometry> byCode = new HashMap<>();
    for (JsonNode feature : readResource().path("features")) {
      JsonNode geometry = feature.path("geometry");
      if (!geometry.isNull() && !geometry.isMissingNode()) {
        byCode.put(feature.path("properties").path("BU_CODE").asText(), toGeometry(geometry));
      }
    }
    return byCode;
  }

  /**
   * The outline of each area: the union of its CBS buurten. A CBS buurt that several areas share
   * is cut into as many east-west bands of equal area, the first area (in the map's order) getting
   * the northernmost band.
   */
  static Map<String, Geometry> outlines(Map<String, List<String>> cbsBuurtenByArea, Map<String, Geometry> cbsBuurten) {
    Map<String, List<String>> areasByCbsBuurt = new HashMap<>();
    cbsBuurtenByArea.forEach((area, codes) -> codes.forEach(
        code -> areasByCbsBuurt.computeIfAbsent(code, c -> new ArrayList<>()).add(area)));
    Map<String, Geometry> outlines = new LinkedHashMap<>();
    cbsBuurtenByArea.forEach((area, codes) -> {
      List<Geometry> parts = new ArrayList<>();
      for (String code : codes) {
        Geometry polygon = cbsBuurten.get(code);
        if (polygon != null) {
          List<String> sharing = areasByCbsBuurt.get(code);
          parts.add(sharing.size() == 1 ? polygon : band(polygon, sharing.indexOf(area), sharing.size()));
        }
      }
      if (parts.isEmpty()) {
        throw new IllegalStateException("no geometry for area " + area);
      }
      outlines.put(area, UnaryUnionOp.union(parts));
    });
    return outlines;
  }

  /** For each area the areas whose outline touches its own, in code order. */
  static Map<String, List<String>> neighbours(Map<String, Geometry> outlines) {
    Map<String, List<String>> neighbours = new TreeMap<>();
    List<String> codes = new ArrayList<>(new TreeMap<>(outlines).keySet());
    for (String code : codes) {
      List<String> touching = new ArrayList<>();
      for (String other : codes) {
        if (!other.equals(code) && outlines.get(code).isWithinDistance(outlines.get(other), TOUCH_TOLERANCE_DEGREES)) {
          touching.add(other);
        }
      }
      neighbours.put(code, touching);
    }
    return neighbours;
  }

  /** Band {@code index} (0 = north) of {@code count} east-west bands of equal area. */
  private static Geometry band(Geometry polygon, int index, int count) {
    Envelope bounds = polygon.getEnvelopeInternal();
    double top = index == 0 ? bounds.getMaxY() : latitudeWithNorthernShare(polygon, (double) index / count);
    double bottom = index == count - 1 ? bounds.getMinY() : latitudeWithNorthernShare(polygon, (double) (index + 1) / count);
    return polygon.intersection(box(bounds, bottom, top));
  }

  /** The latitude north of which the given share of the polygon's area lies. */
  private static double latitudeWithNorthernShare(Geometry polygon, double share) {
    Envelope bounds = polygon.getEnvelopeInternal();
    double south = bounds.getMinY();
    double north = bounds.getMaxY();
    double wanted = share * polygon.getArea();
    for (int i = 0; i < BISECTION_STEPS; i++) {
      double middle = (south + north) / 2;
      double northernArea = polygon.intersection(box(bounds, middle, bounds.getMaxY())).getArea();
      if (northernArea > wanted) {
        south = middle;
      } else {
        north = middle;
      }
    }
    return (south + north) / 2;
  }

  private static Geometry box(Envelope bounds, double bottom, double top) {
    return FACTORY.toGeometry(new Envelope(bounds.getMinX(), bounds.getMaxX(), bottom, top));
  }

  private static Geometry toGeometry(JsonNode geometry) {
    JsonNode coordinates = geometry.path("coordinates");
    return switch (geometry.path("type").asText()) {
      case "Polygon" -> polygon(coordinates);
      case "MultiPolygon" -> {
        List<Geometry> parts = new ArrayList<>();
        coordinates.forEach(polygon -> parts.add(polygon(polygon)));
        yield UnaryUnionOp.union(parts);
      }
      default -> throw new IllegalStateException("unexpected geometry type " + geometry.path("type").asText());
    };
  }

  /**
   * A polygon; or, where the generalisation of the source collapsed a small buurt to a ring of
   * fewer than four points (Wielewaal, Heijplaat), the line it left.
   */
  private static Geometry polygon(JsonNode rings) {
    Coordinate[] shell = coordinates(rings.get(0));
    if (shell.length < MINIMUM_RING_POINTS) {
      return FACTORY.createLineString(shell);
    }
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
    }
    return FACTORY.createPolygon(FACTORY.createLinearRing(shell), holes);
  }

  private static Coordinate[] coordinates(JsonNode points) {
    Coordinate[] coordinates = new Coordinate[points.size()];
    for (int i = 0; i < points.size(); i++) {
      coordinates[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
    }
    return coordinates;
  }

  private static JsonNode readResource() {
    try (InputStream in = Bundled.open(RESOURCE)) {
      return ScenarioJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
