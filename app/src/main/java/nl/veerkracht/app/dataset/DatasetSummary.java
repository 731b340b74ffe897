package nl.veerkracht.app.dataset;

import java.time.Instant;
import java.time.LocalDate;

/** A stored dataset as lists show it. */
public record DatasetSummary(long id, String name, LocalDate referenceDate, Instant createdAt, String createdBy,
    int units, int seekers, int vacancies, int clients) {
}
