package nl.veerkracht.scenario;

import java.util.List;

/** An organisation that supports clients, with the buurten where it works. */
public record CareProvider(String name, List<String> buurten) {
}
