package nl.veerkracht.democity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class RotterdamDataTest {

  final RotterdamData data = RotterdamData.bundled();

  Buurt buurt(String code) {
    return data.buurt(code).orElseThrow();
  }

  @Test
  void hasTheSeventyOneWijkprofielNeighbourhoodsWithUniqueCodes() {
    assertThat(data.buurten()).hasSize(71);
    assertThat(data.buurten()).extracting(Buurt::code).doesNotHaveDuplicates().allMatch(code -> code.matches("(BU|WP)0599\\d{4}"));
    assertThat(buurt("BU05991081").name()).isEqualTo("Bloemhof");
  }

  @Test
  void aWijkprofielAreaOfSeveralOrSharedCbsBuurtenGetsAWp0599Code() {
    assertThat(data.buurten()).filteredOn(buurt -> buurt.code().startsWith("WP")).extracting(Buurt::code)
        .containsExactly("WP05991009", "WP05991010", "WP05993001", "WP05993003", "WP05993004", "WP05993005",
            "WP05993006", "WP05993011");
    assertThat(buurt("WP05991009").name()).isEqualTo("Groot IJsselmonde-Noord");
    assertThat(buurt("WP05991009").cbsBuurten()).containsExactly("BU05991289");
    assertThat(buurt("WP05991010").cbsBuurten()).containsExactly("BU05991289");
    assertThat(buurt("WP05993004").cbsBuurten()).containsExactly("BU05990327", "BU05990328");
    assertThat(data.buurten()).filteredOn(buurt -> buurt.code().startsWith("BU"))
        .allMatch(buurt -> buurt.cbsBuurten().equals(List.of(buurt.code())));
  }

  @Test
  void theHalvesOfGrootIJsselmondeSplitItsPolygonIntoANorthernAndASouthernHalf() {
    Geometry north = buurt("WP05991009").geometry();
    Geometry south = buurt("WP05991010").geometry();
    assertThat(north.getArea()).isCloseTo(south.getArea(), within(north.getArea() * 1e-6));
    assertThat(north.getCentroid().getY()).isGreaterThan(south.getCentroid().getY());
    assertThat(buurt("WP05991009").neighbours()).contains("WP05991010");
  }

  @Test
  void witteDorpHasNoPolygonSoOudMathenesseWitteDorpIsOudMathenesseAlone() {
    Geometry oudMathenesse = BuurtGeometry.cbsBuurten().get("BU05990327");
    assertThat(BuurtGeometry.cbsBuurten()).doesNotContainKey("BU05990328");
    assertThat(buurt("WP05993004").geometry().equalsTopo(oudMathenesse)).isTrue();
  }

  @Test
  void everyBuurtHasAnOutlineAndBuurtenCollapsedByTheGeneralisationAreLines() {
    assertThat(data.buurten()).allMatch(buurt -> !buurt.geometry().isEmpty() && buurt.geometry().isValid());
    assertThat(buurt("BU05991575").geometry().getGeometryType()).isEqualTo("LineString");
    assertThat(buurt("BU05991593").geometry().getGeometryType()).isEqualTo("LineString");
    assertThat(buurt("BU05991081").geometry().getArea()).isPositive();
  }

  @Test
  void neighboursAreSymmetricAndFollowTheMap() {
    for (Buurt buurt : data.buurten()) {
      assertThat(buurt.neighbours()).doesNotContain(buurt.code()).isSorted();
      for (String neighbour : buurt.neighbours()) {
        assertThat(buurt(neighbour).neighbours()).as(neighbour + " of " + buurt.code()).contains(buurt.code());
      }
    }
    assertThat(buurt("BU05991081").neighbours()).as("Bloemhof")
        .contains("BU05991082", "BU05991086", "BU05991571").doesNotContain("BU05990110");
    assertThat(buurt("BU05991391").neighbours()).as("Pernis, between port areas").isEmpty();
  }

  @Test
  void carriesTheRealFiguresOfEachYear() {
    Buurt bloemhof = buurt("BU05991081");
    assertThat(bloemhof.wijkprofiel(2016).socialAssistanceShare()).isCloseTo(0.209, within(0.001));
    assertThat(bloemhof.wijkprofiel(2014).safetyIndex()).isCloseTo(81.90, within(0.01));
    assertThat(bloemhof.context().dwellings()).isEqualTo(6255);
    assertThat(bloemhof.context().socialRentShare()).isEqualTo(0.575);
    assertThat(bloemhof.health(2016).anxietyDepressionHighRisk()).isCloseTo(0.174, within(1e-9));
    assertThat(bloemhof.health(2012).longTermConditions()).isNull();
    assertThat(bloemhof.wijkLiveability().get(2016).wijk()).isEqualTo("WK059910");
    for (Buurt buurt : data.buurten()) {
      assertThat(buurt.wijkprofiel().keySet()).containsExactly(2014, 2016);
      assertThat(buurt.health().keySet()).containsExactly(2012, 2016, 2020);
      assertThat(buurt.wijkLiveability().keySet()).containsExactly(2012, 2014, 2016);
      assertThat(buurt.context().householdMix().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, within(1e-9));
    }
  }

  @Test
  void aCompositeAreaHasTheMeanHealthEstimateOfItsCbsBuurten() {
    // Dorp/Rijnpoort: 38.4 % and 30.7 % of adults with a long-term condition in 2016.
    assertThat(buurt("WP05993001").health(2016).longTermConditions()).isCloseTo((0.384 + 0.307) / 2, within(1e-9));
  }

  @Test
  void theCityFiguresAreThoseOfRotterdamAsAWhole() {
    assertThat(data.cityContext().population()).isEqualTo(623_967);
    assertThat(data.cityWijkprofiel(2014).safetyIndex()).isCloseTo(100, within(1e-6));
    assertThat(data.cityHealth(2016).anxietyDepressionHighRisk()).isCloseTo(0.108, within(1e-9));
  }
}
