package nl.veerkracht.planner;

/** A better plan found during a solve: how many clients it places, its score, and when it was found. */
public record PlanProgress(int placed, int clients, String score, long millisSpent) {
}
