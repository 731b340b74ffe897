package nl.veerkracht.scenario;

/** A buurtquota for urgent seekers, with the lettings of the period so far. */
public record UrgentQuota(String buurt, Share maxShare, Integer lettingsSoFar, Integer urgentLettingsSoFar) {
}
