package nl.veerkracht.scenario;

/** Intensity of the support a client receives. */
public enum SupportLevel {
  LIGHT, MEDIUM, INTENSIVE
}
