package nl.veerkracht.rules.letting;

/**
 * One step of a decision: the rule as the rule base names it, its legal basis code, what it
 * decided, and the facts and values it used, in words.
 */
public record TraceEntry(String rule, String basis, String outcome, String detail) {
}
