package nl.veerkracht.scenario;

import java.time.LocalDate;
import java.util.List;

/** A Rotterdamwet designation of streets and/or buurten, valid from..to inclusive. */
public record Designation(
    String id,
    Article article,
    List<String> streets,
    List<String> buurten,
    LocalDate validFrom,
    LocalDate validTo,
    Share share,
    Integer priorVacancies,
    String decision) {

  public List<String> streetsOrEmpty() {
    return streets == null ? List.of() : streets;
  }

  public List<String> buurtenOrEmpty() {
    return buurten == null ? List.of() : buurten;
  }

  public boolean validOn(LocalDate date) {
    return !date.isBefore(validFrom) && !date.isAfter(validTo);
  }
}
