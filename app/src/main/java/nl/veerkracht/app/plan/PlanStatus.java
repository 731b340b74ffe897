package nl.veerkracht.app.plan;

/** Where a plan's solve is. */
public enum PlanStatus {
  SOLVING, DONE, FAILED, CANCELLED
}
