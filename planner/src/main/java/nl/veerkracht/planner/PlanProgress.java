package nl.veerkracht.planner;

/**
 * How far a solve is: in the construction (clients are taken up one by one, {@code considered}
 * of {@code clients} so far) or in the search for a better plan (every client considered); how
 * many clients the plan places so far, its score (data, never shown), and the time spent since
 * the solve started.
 */
public record PlanProgress(Phase phase, int placed, int clients, int considered, String score, long millisSpent) {

  public enum Phase {
    /** The first plan is built: each client in turn gets the best dwelling left, or none. */
    CONSTRUCTION,
    /** The search improves the plan until its time is up or it finds nothing better. */
    SEARCH
  }
}
