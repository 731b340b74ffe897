package nl.veerkracht.app.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.veerkracht.democity.Buurt;
import nl.veerkracht.democity.RotterdamData;
import nl.veerkracht.rules.indicators.AreaIndicators;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * An SVG map of the buurten, drawn from the bundled CBS outlines (no map tiles from the
 * internet): each buurt a path, coloured by its typology in the page's style sheet. Buurten
 * whose code has no outline (a scenario's own areas) are simply not drawn.
 */
public record BuurtMap(String viewBox, List<Shape> shapes) {

  /** One buurt on the map. */
  public record Shape(String code, String name, String typology, String path) {
  }

  /** Map units per degree of latitude: the city spans a few hundred units. */
  private static final double SCALE = 1000;

  public static BuurtMap of(List<AreaIndicators> buurten, RotterdamData data) {
    List<Buurt> drawn = new ArrayList<>();
    List<AreaIndicators> shown = new ArrayList<>();
    for (AreaIndicators buurt : buurten) {
      data.buurt(buurt.code()).ifPresent(outline -> {
        drawn.add(outline);
        shown.add(buurt);
      });
    }
    if (drawn.isEmpty()) {
      return null;
    }
    Envelope bounds = new Envelope();
    drawn.forEach(b -> bounds.expandToInclude(b.geometry().getEnvelopeInternal()));
    double lonScale = Math.cos(Math.toRadians(bounds.centre().y));
    Projection projection = new Projection(bounds.getMinX(), bounds.getMaxY(), lonScale);
    List<Shape> shapes = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      AreaIndicators buurt = shown.get(i);
      shapes.add(new Shape(buurt.code(), buurt.name(), buurt.typology().name(), projection.path(drawn.get(i).geometry())));
    }
    String viewBox = String.format(Locale.ROOT, "0 0 %.1f %.1f", bounds.getWidth() * lonScale * SCALE,
        bounds.getHeight() * SCALE);
    return new BuurtMap(viewBox, shapes);
  }

  private record Projection(double minLon, double maxLat, double lonScale) {

    String path(Geometry geometry) {
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        Geometry part = geometry.getGeometryN(i);
        if (part instanceof Polygon polygon) {
          ring(polygon.getExteriorRing().getCoordinates(), true, path);
          for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            ring(polygon.getInteriorRingN(h).getCoordinates(), true, path);
          }
        } else {
          ring(part.getCoordinates(), false, path);
        }
      }
      return path.toString().trim();
    }

    private void ring(Coordinate[] coordinates, boolean closed, StringBuilder path) {
      for (int i = 0; i < coordinates.length; i++) {
        path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.2f %.2f ",
            (coordinates[i].x - minLon) * lonScale * SCALE, (maxLat - coordinates[i].y) * SCALE));
      }
      if (closed) {
        path.append("Z ");
      }
    }
  }
}
