package nl.veerkracht.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@code veerkracht-scenario/1} file: the city, the letting state and the cases to decide.
 * Sections absent in the file are empty lists here; {@code policy} is the raw override object
 * (null = baseline).
 */
@JsonPropertyOrder({"format", "referenceDate", "policy", "areas", "designations", "urgentQuotas",
    "ownerState", "units", "seekers", "vacancies", "clients", "careProviders", "directOffers"})
public record Scenario(
    String format,
    LocalDate referenceDate,
    ObjectNode policy,
    List<Area> areas,
    List<Designation> designations,
    List<UrgentQuota> urgentQuotas,
    List<OwnerState> ownerState,
    List<Unit> units,
    List<Seeker> seekers,
    List<Vacancy> vacancies,
    List<Client> clients,
    List<CareProvider> careProviders,
    List<String> directOffers) {

  public static final String FORMAT = "veerkracht-scenario/1";

  public Scenario {
    areas = nonNull(areas);
    designations = nonNull(designations);
    urgentQuotas = nonNull(urgentQuotas);
    ownerState = nonNull(ownerState);
    units = nonNull(units);
    seekers = nonNull(seekers);
    vacancies = nonNull(vacancies);
    clients = nonNull(clients);
    careProviders = nonNull(careProviders);
    directOffers = nonNull(directOffers);
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
