package nl.veerkracht.scenario;

import java.time.LocalDate;
import java.util.List;

/** An advertised dwelling and the seekers who responded to it. */
public record Vacancy(String unit, LocalDate publishedOn, List<String> respondents) {
}
