package org.scmsim.model.disruption;

/**
 * What one disruption caused: a row of {@code disruptions.csv}.
 *
 * @param name                          the disruption's name in the scenario
 * @param kind                          outage, backhaul_outage, ca_exposure, deployment_delay,
 *                                      cellular_outage, policy_change, time_sync_failure, request_storm
 *                                      or mass_revocation
 * @param startSeconds                  simulated time it began
 * @param endSeconds                    simulated time it ended (the exposure: the day it was found)
 * @param obuHoursWithoutCertificates   OBU-hours without a valid certificate beyond the level before
 *                                      it began, until recovery (or the horizon)
 * @param rsuHoursWithoutCertificates   the same for RSUs
 * @param recoverySeconds               from its end until the SCMS and the devices were back to the
 *                                      level before it (NaN: not recovered by the horizon)
 * @param devicesAffected               devices it touched (delayed, re-bootstrapped, behind a backhaul)
 * @param devicesRebootstrapped         devices bootstrapped again (CA exposure)
 * @param certificatesLost              certificates paid for but lost (deployment delay under a
 *                                      contract without reallocation)
 * @param addedCost                     cost it adds under the first pricing model, with the
 *                                      re-bootstrap liability (scenario currency)
 * @param payer                         who pays the added cost (agency or provider)
 * @param requestsAdded                 requests it added at the SCMS (a request storm's duplicates)
 * @param unsignedDrivingHours          hours OBUs drove without a usable certificate (their BSMs
 *                                      rejected), all causes, from its start until recovery (or the
 *                                      horizon); NaN where not measured
 * @param raMeanWaitSeconds             mean wait of a job at the RA from its start to its end (NaN:
 *                                      not measured, or no job)
 */
public record DisruptionImpact(String name, String kind, double startSeconds, double endSeconds,
                               double obuHoursWithoutCertificates, double rsuHoursWithoutCertificates,
                               double recoverySeconds, long devicesAffected, long devicesRebootstrapped,
                               long certificatesLost, double addedCost, String payer, long requestsAdded,
                               double unsignedDrivingHours, double raMeanWaitSeconds) {

    /** An impact without the request, driving and RA-wait figures (not measured for its kind). */
    public DisruptionImpact(String name, String kind, double startSeconds, double endSeconds,
                            double obuHoursWithoutCertificates, double rsuHoursWithoutCertificates,
                            double recoverySeconds, long devicesAffected, long devicesRebootstrapped,
                            long certificatesLost, double addedCost, String payer) {
        this(name, kind, startSeconds, endSeconds, obuHoursWithoutCertificates, rsuHoursWithoutCertificates,
                recoverySeconds, devicesAffected, devicesRebootstrapped, certificatesLost, addedCost, payer, 0,
                Double.NaN, Double.NaN);
    }

    public DisruptionImpact withAddedCost(double cost, String paidBy) {
        return new DisruptionImpact(name, kind, startSeconds, endSeconds, obuHoursWithoutCertificates,
                rsuHoursWithoutCertificates, recoverySeconds, devicesAffected, devicesRebootstrapped, certificatesLost,
                cost, paidBy, requestsAdded, unsignedDrivingHours, raMeanWaitSeconds);
    }
}
