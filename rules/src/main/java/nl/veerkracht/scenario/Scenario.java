package nl.veerkracht.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@code veerkracht-scenario/1} file: the city, the letting state and the cases to decide.
 * Sections absent in the file are empty lists here; {@code policy} is the raw override object
 * (null = baseline). Empty sections are left out when written.
 */
@JsonPropertyOrder({"format", "referenceDate", "policy", "areas", "designations", "urgentQuotas",
    "ownerState", "units", "seekers", "vacancies", "clients", "careProviders", "directOffers"})
public record Scenario(
    String format,
    LocalDate referenceDate,
    ObjectNode policy,
    @JsonInclude(Include.NON_EMPTY) List<Area> areas,
    @JsonInclude(Include.NON_EMPTY) List<Designation> designations,
    @JsonInclude(Include.NON_EMPTY) List<UrgentQuota> urgentQuotas,
    @JsonInclude(Include.NON_EMPTY) List<OwnerState> ownerState,
    @JsonInclude(Include.NON_EMPTY) List<Unit> units,
    @JsonInclude(Include.NON_EMPTY) List<Seeker> seekers,
    @JsonInclude(Include.NON_EMPTY) List<Vacancy> vacancies,
    @JsonInclude(Include.NON_EMPTY) List<Client> clients,
    @JsonInclude(Include.NON_EMPTY) List<CareProvider> careProviders,
    @JsonInclude(Include.NON_EMPTY) List<String> directOffers) {

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
