package nl.veerkracht.rules.letting;

import java.util.Arrays;

/**
 * The one table of what each rule rests on: the law or ordinance, its identifier in the
 * official register (BWB for national law, CVDR for local regulations; null for a rule that
 * rests on no regulation), the article and a link to that article's text. Rule metadata, the
 * case file and the JSON of a trace take law, article and link from here, never from hand-written
 * copies. Every rule code has one source ({@link #forBasis}); docs/rules.md records how each
 * identifier was verified.
 */
public enum LegalSource {

  WBMGP_8("WBMGP-8", Kind.STATUTE, "Wet bijzondere maatregelen grootstedelijke problematiek",
      "Wet bijzondere maatregelen grootstedelijke problematiek", "BWBR0019388", "art. 8",
      "https://wetten.overheid.nl/jci1.3:c:BWBR0019388&artikel=8"),
  WBMGP_9("WBMGP-9", Kind.STATUTE, "Wet bijzondere maatregelen grootstedelijke problematiek",
      "Wet bijzondere maatregelen grootstedelijke problematiek", "BWBR0019388", "art. 9",
      "https://wetten.overheid.nl/jci1.3:c:BWBR0019388&artikel=9"),
  WBMGP_10("WBMGP-10", Kind.STATUTE, "Wet bijzondere maatregelen grootstedelijke problematiek",
      "Wet bijzondere maatregelen grootstedelijke problematiek", "BWBR0019388", "art. 10 en 10a",
      "https://wetten.overheid.nl/jci1.3:c:BWBR0019388&artikel=10"),
  PASSEND("PASSEND", Kind.STATUTE, "Woningwet (uitgewerkt in het Besluit toegelaten instellingen volkshuisvesting 2015)",
      "Woningwet (worked out in the Besluit toegelaten instellingen volkshuisvesting 2015)", "BWBR0005181",
      "art. 46 lid 1", "https://wetten.overheid.nl/jci1.3:c:BWBR0005181&artikel=46"),
  DAEB("DAEB", Kind.STATUTE, "Woningwet (uitgewerkt in het Besluit toegelaten instellingen volkshuisvesting 2015)",
      "Woningwet (worked out in the Besluit toegelaten instellingen volkshuisvesting 2015)", "BWBR0005181",
      "art. 48", "https://wetten.overheid.nl/jci1.3:c:BWBR0005181&artikel=48"),
  URGENCY("URGENCY", Kind.STATUTE, "Huisvestingswet 2014 (urgentieregeling in de huisvestingsverordening)",
      "Huisvestingswet 2014 (urgency scheme in the housing ordinance)", "BWBR0035303", "art. 12",
      "https://wetten.overheid.nl/jci1.3:c:BWBR0035303&artikel=12"),
  URGENT_QUOTA("URGENT-QUOTA", Kind.POLICY,
      "Geen wettelijke grondslag: beleidsinstrument buurtquota voor urgenten, naar de voorstellen van het rapport"
          + " Veerkracht in Rotterdam (2020)",
      "No statutory basis: policy instrument of neighbourhood quotas for urgent seekers, modelled on the proposals"
          + " of the report Veerkracht in Rotterdam (2020)", null, "beleidsvariant",
      "https://www.veerkrachtigewijken.nl/post/trends-en-ruimtelijke-verschillen-in-rotterdam"),
  REGISTRATION("REGISTRATION", Kind.ORDINANCE, "Verordening woonruimtebemiddeling regio Rotterdam 2024",
      "Verordening woonruimtebemiddeling regio Rotterdam 2024", "CVDR720619", "rangorde van woningzoekenden",
      "https://lokaleregelgeving.overheid.nl/CVDR720619");

  /** What a rule rests on: a statute, a local ordinance, or a policy choice without a statute. */
  public enum Kind {
    STATUTE, ORDINANCE, POLICY
  }

  private final String basis;
  private final Kind kind;
  private final String lawNl;
  private final String lawEn;
  private final String identifier;
  private final String article;
  private final String link;

  LegalSource(String basis, Kind kind, String lawNl, String lawEn, String identifier, String article, String link) {
    this.basis = basis;
    this.kind = kind;
    this.lawNl = lawNl;
    this.lawEn = lawEn;
    this.identifier = identifier;
    this.article = article;
    this.link = link;
  }

  /** The source of the rules deciding on a rule code of rules.md. */
  public static LegalSource forBasis(String basis) {
    return Arrays.stream(values()).filter(source -> source.basis.equals(basis)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no legal source for rule code " + basis));
  }

  public String basis() {
    return basis;
  }

  public Kind kind() {
    return kind;
  }

  /** The law's name in the reader's language (a Dutch title stays Dutch; what it says about it is translated). */
  public String law(Language language) {
    return language == Language.EN ? lawEn : lawNl;
  }

  /** The register identifier (BWB or CVDR); null when the rule rests on no regulation. */
  public String identifier() {
    return identifier;
  }

  public String article() {
    return article;
  }

  public String link() {
    return link;
  }
}
