package org.scmsim.model.run;

import java.time.LocalDate;

/**
 * One simulated week (i-period) of a run.
 *
 * @param week                  i-period index from the run's start
 * @param start                 first day of the week
 * @param days                  days of the week inside the horizon (7 except maybe the last)
 * @param obusActive            OBUs deployed at the week's end
 * @param rsusActive            RSUs deployed at the week's end
 * @param pseudonymRequested    pseudonym certificates requested during the week
 * @param applicationRequested  RSU application certificates requested during the week
 * @param certificatesIssued    certificates issued (all kinds) during the week
 * @param backlogCertificates   certificates requested and not yet issued at the week's end
 * @param peakBacklogCertificates largest backlog during the week
 * @param requestsWaiting       requests in the queue (not in service) at the week's end
 * @param requestsCompleted     requests completed during the week
 * @param meanResponseSeconds   mean time from request to issue of those requests (NaN if none)
 * @param maxResponseSeconds    longest such time (NaN if none)
 * @param lateCertificates      certificates requested ahead of their i-period but issued after it began
 */
public record WeekRow(int week, LocalDate start, double days, long obusActive, long rsusActive,
                      long pseudonymRequested, long applicationRequested, long certificatesIssued,
                      long backlogCertificates, long peakBacklogCertificates, long requestsWaiting, long requestsCompleted,
                      double meanResponseSeconds, double maxResponseSeconds, long lateCertificates) {
}
