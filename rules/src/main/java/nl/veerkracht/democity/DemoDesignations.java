package nl.veerkracht.democity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.veerkracht.scenario.Article;
import nl.veerkracht.scenario.Designation;

/**
 * Rotterdamwet designations like Rotterdam's: art. 8 in the five buurten of the 2018
 * designation, and art. 9 and art. 10 in the most vulnerable streets of the buurten with the
 * most households on social assistance (Wijkprofiel 2016). One art. 9 designation per buurt, on
 * different streets, so that none overlap.
 */
final class DemoDesignations {

  static final List<String> ART8_BUURTEN = List.of("Bloemhof", "Carnisse", "Hillesluis", "Oud-Charlois", "Tarwewijk");
  static final int ART9_BUURTEN = 6;
  static final int ART9_STREETS_PER_BUURT = 4;
  static final int ART10_BUURTEN = 8;
  static final int ART10_STREETS_PER_BUURT = 3;

  private static final LocalDate ART8_FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate ART8_TO = LocalDate.of(2029, 12, 31);
  private static final LocalDate ART9_FROM = LocalDate.of(2024, 7, 1);
  private static final LocalDate ART9_TO = LocalDate.of(2028, 6, 30);
  private static final LocalDate ART10_FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate ART10_TO = LocalDate.of(2028, 12, 31);

  private DemoDesignations() {
  }

  static List<Designation> designations(RotterdamData data, List<DemoStreet> streets) {
    List<Designation> designations = new ArrayList<>();
    List<String> art8 = ART8_BUURTEN.stream().map(name -> byName(data, name).code()).sorted().toList();
    designations.add(new Designation("RW8-ZUID", Article.WBMGP_8, null, art8, ART8_FROM, ART8_TO, null, null,
        "demo: the five buurten of Rotterdam's 2018 art. 8 designation, dated to cover 2026"));
    addStreetDesignations(designations, Article.WBMGP_9, "RW9-", mostOnSocialAssistance(data, ART9_BUURTEN),
        streets, ART9_STREETS_PER_BUURT, ART9_FROM, ART9_TO);
    addStreetDesignations(designations, Article.WBMGP_10, "RW10-", mostOnSocialAssistance(data, ART10_BUURTEN),
        streets, ART10_STREETS_PER_BUURT, ART10_FROM, ART10_TO);
    return designations;
  }

  /** One designation per buurt of its most vulnerable streets. */
  private static void addStreetDesignations(List<Designation> designations, Article article, String idPrefix,
      List<Buurt> buurten, List<DemoStreet> streets, int streetsPerBuurt, LocalDate from, LocalDate to) {
    for (Buurt buurt : buurten) {
      List<String> designated = mostVulnerableStreets(streets, buurt, streetsPerBuurt);
      if (!designated.isEmpty()) {
        designations.add(new Designation(idPrefix + buurt.code(), article, designated, null, from, to, null, null, null));
      }
    }
  }

  private static Buurt byName(RotterdamData data, String name) {
    return data.buurten().stream().filter(buurt -> buurt.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no buurt named " + name));
  }

  private static List<Buurt> mostOnSocialAssistance(RotterdamData data, int count) {
    return data.buurten().stream()
        .sorted(Comparator.comparingDouble((Buurt buurt) -> -buurt.wijkprofiel(DemoCity.FIGURES_YEAR).socialAssistanceShare())
            .thenComparing(Buurt::code))
        .limit(count).toList();
  }

  /** The streets with corporation dwellings and the largest deviation, in id order. */
  private static List<String> mostVulnerableStreets(List<DemoStreet> streets, Buurt buurt, int count) {
    return streets.stream()
        .filter(street -> street.buurt() == buurt && street.corporationDwellings() > 0)
        .sorted(Comparator.comparingDouble((DemoStreet street) -> -street.deviation()).thenComparing(DemoStreet::id))
        .limit(count).map(DemoStreet::id).sorted().toList();
  }
}
