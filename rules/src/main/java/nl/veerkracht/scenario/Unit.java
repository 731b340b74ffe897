package nl.veerkracht.scenario;

import java.math.BigDecimal;

/** A dwelling. {@code rent} is the monthly bare rent. */
public record Unit(String id, String street, BigDecimal rent, int rooms, boolean stepFree, String owner, String complex) {
}
