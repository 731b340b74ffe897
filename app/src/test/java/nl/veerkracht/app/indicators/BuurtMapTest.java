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
  void aScenarioOfItsOwnAreasHasNoMap() {
    assertThat(BuurtMap.of(List.of(buurt("BU-NOWHERE", Typology.UNKNOWN)), RotterdamData.bundled())).isNull();
  }
}
