package nl.veerkracht.app.trail;

import java.time.Instant;

/** An audit entry as a reader browses it: who did what when, about what, in a sentence of the reader's language. */
public record EntryView(long seq, Instant at, String kind, String actor, String subject, String summary) {
}
