package nl.veerkracht.democity;

import nl.veerkracht.scenario.Seeker;

/**
 * A generated seeker with the buurt the generator drew it from; null for a seeker from outside
 * the city. The scenario format has no home address, so the home stays here, for calibration.
 */
record HomedSeeker(Seeker seeker, Buurt home) {
}
