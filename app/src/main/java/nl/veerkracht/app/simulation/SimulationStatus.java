package nl.veerkracht.app.simulation;

/** Where a simulation run is. */
public enum SimulationStatus {
  RUNNING, DONE, FAILED
}
