package nl.veerkracht.scenario;

/** Socio-economic characteristics besides income that art. 9 may reward. */
public enum Activity {
  VOLUNTEER_WORK, ARTIST
}
