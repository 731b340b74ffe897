package nl.veerkracht.app.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.veerkracht.democity.Buurt;
import nl.veerkracht.democity.RotterdamData;
import nl.veerkracht.rules.indicators.AreaIndicators;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * An SVG map of the buurten, drawn from the bundled CBS outlines (no map tiles from the
 * internet): each buurt a path, coloured by the page. Buurten whose code has no outline (a
 * scenario's own areas) are simply not drawn.
 *
 * <p>The city is drawn at a readable scale: outlying areas that would stretch the map (Hoek van
 * Holland, Rozenburg, Hoogvliet lie 8 to 30 km west of the centre) are drawn as insets, small
 * boxed panels named by their gebied in a column on the map's west side, each at most at the
 * main panel's scale. The map is {@value #WIDTH} units wide, about a pixel each on a desktop page.
 */
public record BuurtMap(String viewBox, Panel main, List<Panel> insets, List<Shape> shapes) {

  /**
   * One buurt on the map: its outline as an SVG path, and a point inside it where a label can go
   * ({@code labelX}, {@code labelY}).
   */
  public record Shape(String code, String name, String typology, String path, double labelX, double labelY) {

    /** Where a label goes, in SVG numbers. */
    public String x() {
      return number(labelX);
    }

    public String y() {
      return number(labelY);
    }
  }

  /** A panel of the map in map units; an inset's {@code name} is its gebied, the main panel has none. */
  public record Panel(String name, double x, double y, double width, double height) {

    public boolean contains(double px, double py) {
      return px >= x - 0.5 && px <= x + width + 0.5 && py >= y - 0.5 && py <= y + height + 0.5;
    }

    /** The panel's numbers for an SVG {@code rect}. */
    public String rectX() {
      return number(x);
    }

    public String rectY() {
      return number(y);
    }

    public String rectWidth() {
      return number(width);
    }

    public String rectHeight() {
      return number(height);
    }

    /** Where the inset's name is written: inside its top left corner. */
    public String labelX() {
      return number(x + PADDING);
    }

    public String labelY() {
      return number(y + LABEL_HEIGHT - PADDING);
    }
  }

  static final double WIDTH = 1000;
  /** The inset column's width as a share of the main panel's. */
  private static final double INSET_COLUMN = 0.24;
  private static final double GAP = 16;
  private static final double PADDING = 6;
  private static final double LABEL_HEIGHT = 26;
  private static final int MAX_INSETS = 4;
  /** An area becomes an inset when leaving it out shrinks the main panel to at most this share of its area. */
  private static final double SHRINK = 0.75;
  /** ... and it is small: at most this share of the drawn buurten. */
  private static final double SMALL_AREA = 0.05;
  private static final double KM_PER_DEGREE_LATITUDE = 111.2;

  public static BuurtMap of(List<AreaIndicators> buurten, RotterdamData data) {
    Map<String, List<Drawn>> byArea = new LinkedHashMap<>();
    for (AreaIndicators buurt : buurten) {
      data.buurt(buurt.code()).ifPresent(outline -> byArea
          .computeIfAbsent(gebied(outline), g -> new ArrayList<>()).add(new Drawn(buurt, outline.geometry())));
    }
    if (byArea.isEmpty()) {
      return null;
    }
    int drawn = byArea.values().stream().mapToInt(List::size).sum();
    Map<String, List<Drawn>> outlying = outlying(byArea, drawn);
    Envelope mainBounds = bounds(byArea.entrySet().stream().filter(e -> !outlying.containsKey(e.getKey()))
        .map(Map.Entry::getValue).toList());
    return layOut(mainBounds, byArea, outlying);
  }

  private record Drawn(AreaIndicators buurt, Geometry geometry) {
  }

  /** The larger area a buurt lies in, by its name ("gebied Hoek van Holland" is "Hoek van Holland"). */
  private static String gebied(Buurt outline) {
    String gebied = outline.gebied() == null ? outline.code() : outline.gebied();
    return gebied.startsWith("gebied ") ? gebied.substring("gebied ".length()) : gebied;
  }

  /**
   * The areas drawn as insets, west to east: one by one the small area whose leaving out shrinks
   * the rest's bounds the most, as long as that shrinks them to {@value #SHRINK} of their area or less.
   */
  private static Map<String, List<Drawn>> outlying(Map<String, List<Drawn>> byArea, int drawn) {
    Map<String, List<Drawn>> outlying = new LinkedHashMap<>();
    Map<String, List<Drawn>> rest = new LinkedHashMap<>(byArea);
    while (outlying.size() < MAX_INSETS && rest.size() > 1) {
      double area = kmArea(bounds(rest.values()));
      String best = null;
      double smallest = area;
      for (Map.Entry<String, List<Drawn>> candidate : rest.entrySet()) {
        if (candidate.getValue().size() > Math.max(1, SMALL_AREA * drawn)) {
          continue;
        }
        double without = kmArea(bounds(rest.entrySet().stream().filter(e -> e != candidate).map(Map.Entry::getValue)
            .toList()));
        if (without < smallest) {
          smallest = without;
          best = candidate.getKey();
        }
      }
      if (best == null || smallest > SHRINK * area) {
        break;
      }
      outlying.put(best, rest.remove(best));
    }
    return outlying;
  }

  private static BuurtMap layOut(Envelope mainBounds, Map<String, List<Drawn>> byArea, Map<String, List<Drawn>> outlying) {
    double kmWide = kmPerDegreeLongitude(mainBounds) * mainBounds.getWidth();
    double column = outlying.isEmpty() ? 0 : INSET_COLUMN * WIDTH / (1 + INSET_COLUMN);
    double mainX = outlying.isEmpty() ? 0 : column + GAP;
    double scale = (WIDTH - mainX) / kmWide;
    Projection mainProjection = new Projection(mainBounds, scale, mainX, 0);
    Panel main = new Panel(null, mainX, 0, WIDTH - mainX, mainProjection.height());

    List<String> insetOrder = new ArrayList<>(outlying.keySet());
    insetOrder.sort(Comparator.comparingDouble(name -> -bounds(List.of(outlying.get(name))).centre().y));
    List<Envelope> insetBounds = insetOrder.stream().map(name -> bounds(List.of(outlying.get(name)))).toList();
    double[] scales = new double[insetBounds.size()];
    double columnHeight = 0;
    for (int i = 0; i < scales.length; i++) {
      Envelope b = insetBounds.get(i);
      scales[i] = Math.min(scale, (column - 2 * PADDING) / (kmPerDegreeLongitude(b) * b.getWidth()));
      columnHeight += b.getHeight() * KM_PER_DEGREE_LATITUDE * scales[i] + LABEL_HEIGHT + PADDING + (i > 0 ? GAP : 0);
    }
    double shrink = columnHeight > main.height() ? (main.height() - insetOverhead(scales.length)) / (columnHeight
        - insetOverhead(scales.length)) : 1;

    Map<String, Projection> projections = new LinkedHashMap<>();
    byArea.keySet().forEach(name -> projections.put(name, mainProjection));
    List<Panel> insets = new ArrayList<>();
    double y = 0;
    for (int i = 0; i < scales.length; i++) {
      Projection inset = new Projection(insetBounds.get(i), scales[i] * shrink, 0, 0);
      double x = (column - inset.width()) / 2;
      Panel panel = new Panel(insetOrder.get(i), 0, y, column, inset.height() + LABEL_HEIGHT + PADDING);
      projections.put(insetOrder.get(i), new Projection(insetBounds.get(i), scales[i] * shrink, x, y + LABEL_HEIGHT));
      insets.add(panel);
      y += panel.height() + GAP;
    }

    List<Shape> shapes = new ArrayList<>();
    byArea.forEach((name, area) -> area.forEach(d -> shapes.add(projections.get(name).shape(d))));
    shapes.sort(Comparator.comparing(Shape::code));
    double height = Math.max(main.height(), y - GAP);
    return new BuurtMap("0 0 " + number(WIDTH) + " " + number(height), main, insets, shapes);
  }

  private static double insetOverhead(int insets) {
    return insets * (LABEL_HEIGHT + PADDING) + Math.max(0, insets - 1) * GAP;
  }

  private static Envelope bounds(java.util.Collection<List<Drawn>> areas) {
    Envelope bounds = new Envelope();
    areas.forEach(area -> area.forEach(d -> bounds.expandToInclude(d.geometry().getEnvelopeInternal())));
    return bounds;
  }

  private static double kmArea(Envelope bounds) {
    return bounds.getWidth() * kmPerDegreeLongitude(bounds) * bounds.getHeight() * KM_PER_DEGREE_LATITUDE;
  }

  private static double kmPerDegreeLongitude(Envelope bounds) {
    return KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(bounds.centre().y));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** From longitude and latitude to map units: {@code scale} units a km, the bounds' north-west corner at (x, y). */
  private record Projection(Envelope bounds, double scale, double x, double y) {

    double width() {
      return bounds.getWidth() * kmPerDegreeLongitude(bounds) * scale;
    }

    double height() {
      return bounds.getHeight() * KM_PER_DEGREE_LATITUDE * scale;
    }

    Shape shape(Drawn drawn) {
      Point inside = drawn.geometry().getInteriorPoint();
      AreaIndicators buurt = drawn.buurt();
      return new Shape(buurt.code(), buurt.name(), buurt.typology().name(), path(drawn.geometry()),
          mapX(inside.getX()), mapY(inside.getY()));
    }

    private double mapX(double lon) {
      return x + (lon - bounds.getMinX()) * kmPerDegreeLongitude(bounds) * scale;
    }

    private double mapY(double lat) {
      return y + (bounds.getMaxY() - lat) * KM_PER_DEGREE_LATITUDE * scale;
    }

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
        path.append(i == 0 ? 'M' : 'L').append(number(mapX(coordinates[i].x))).append(' ')
            .append(number(mapY(coordinates[i].y))).append(' ');
      }
      if (closed) {
        path.append("Z ");
      }
    }
  }
}
