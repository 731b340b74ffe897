package nl.veerkracht.planner;

/** A client placed on a unit: an accepted match to pin, or a rejected pair never to propose again. */
public record Match(String client, String unit) {
}
