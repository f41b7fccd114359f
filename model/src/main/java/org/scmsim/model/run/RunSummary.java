package org.scmsim.model.run;

/**
 * Totals and averages of one run.
 *
 * @param obusDeployed            OBUs deployed by the horizon
 * @param rsusDeployed            RSUs deployed by the horizon
 * @param pseudonymRequested      pseudonym certificates requested
 * @param applicationRequested    application certificates requested
 * @param certificatesIssued      certificates issued
 * @param requests                requests submitted
 * @param meanResponseSeconds     mean request-to-issue time of completed requests
 * @param maxResponseSeconds      longest request-to-issue time
 * @param meanQueueWaitSeconds    mean time in queue before service
 * @param peakBacklogCertificates largest backlog at any time
 * @param pcaUtilisation          time-average fraction of the issuance stage busy
 * @param lateCertificates        certificates requested ahead of their i-period but issued after it began
 * @param eventsProcessed         simulation events fired
 */
public record RunSummary(long obusDeployed, long rsusDeployed, long pseudonymRequested,
                         long applicationRequested, long certificatesIssued, long requests,
                         double meanResponseSeconds, double maxResponseSeconds,
                         double meanQueueWaitSeconds, long peakBacklogCertificates,
                         double pcaUtilisation, long lateCertificates, long eventsProcessed) {
}
