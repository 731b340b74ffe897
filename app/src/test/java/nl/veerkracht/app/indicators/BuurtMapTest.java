package nl.veerkracht.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veerkracht.democity.Buurt;
import nl.veerkracht.democity.RotterdamData;
import nl.veerkracht.rules.indicators.AreaIndicators;
import nl.veerkracht.rules.indicators.Typology;
import org.junit.jupiter.api.Test;

class BuurtMapTest {

  static AreaIndicators buurt(String code, Typology typology) {
    return new AreaIndicators("BUURT", code, code, null, null, null, null, typology, null, List.of(), null, 0, null, null);
  }

  @Test
  void drawsEveryBuurtWithAnOutlineInsideTheViewBox() {
    RotterdamData data = RotterdamData.bundled();
    List<AreaIndicators> buurten = data.buurten().stream().map(Buurt::code)
        .map(code -> buurt(code, Typology.NOT_RISING)).toList();

    BuurtMap map = BuurtMap.of(buurten, data);

    assertThat(map.shapes()).hasSize(71);
    String[] box = map.viewBox().split(" ");
    double width = Double.parseDouble(box[2]);
    double height = Double.parseDouble(box[3]);
    for (BuurtMap.Shape shape : map.shapes()) {
      assertThat(shape.path()).startsWith("M");
      for (String token : shape.path().split("[MLZ ]+")) {
        if (!token.isBlank()) {
          assertThat(Double.parseDouble(token)).isBetween(-0.1, Math.max(width, height) + 0.1);
        }
      }
    }
  }

  @Test
  void theOutlyingAreasAreInsetsSoThatTheCityFillsTheMainPanel() {
    RotterdamData data = RotterdamData.bundled();
    BuurtMap map = BuurtMap.of(data.buurten().stream().map(b -> buurt(b.code(), Typology.NOT_RISING)).toList(), data);

    assertThat(map.insets()).extracting(BuurtMap.Panel::name).contains("Hoek van Holland", "Rozenburg");
    assertThat(map.main().width()).as("the city takes most of the map's width").isGreaterThan(0.7 * 1000);
    for (BuurtMap.Shape shape : map.shapes()) {
      String area = data.buurt(shape.code()).orElseThrow().gebied();
      BuurtMap.Panel panel = map.insets().stream().filter(inset -> area.endsWith(inset.name())).findFirst()
          .orElse(map.main());
      assertThat(points(shape.path())).as(shape.name() + " lies in the panel of " + area)
          .allMatch(point -> panel.contains(point[0], point[1]));
      assertThat(panel.contains(shape.labelX(), shape.labelY())).as(shape.name() + "'s label point").isTrue();
    }
    double[] centre = label(map, "BU05990110");
    double[] hoek = label(map, "WP05993001");
    assertThat(map.main().contains(centre[0], centre[1])).as("Stadsdriehoek in the main panel").isTrue();
    assertThat(map.main().contains(hoek[0], hoek[1])).as("Hoek van Holland outside the main panel").isFalse();
    assertThat(map.insets()).allMatch(inset -> inset.x() + inset.width() < map.main().x(), "insets beside the city");
  }

  private static double[] label(BuurtMap map, String code) {
    BuurtMap.Shape shape = map.shapes().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    return new double[] {shape.labelX(), shape.labelY()};
  }

  private static List<double[]> points(String path) {
    String[] numbers = path.replaceAll("[MLZ]", " ").trim().split("\\s+");
    List<double[]> points = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < numbers.length; i += 2) {
      points.add(new double[] {Double.parseDouble(numbers[i]), Double.parseDouble(numbers[i + 1])});
    }
    return points;
  }

  @Test
  void aScenarioOfItsOwnAreasHasNoMap() {
    assertThat(BuurtMap.of(List.of(buurt("BU-NOWHERE", Typology.UNKNOWN)), RotterdamData.bundled())).isNull();
  }
}
