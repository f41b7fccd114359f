package org.scmsim.model.run;

import java.time.LocalDate;

/**
 * One SCMS component in one simulated week.
 *
 * @param week                 i-period index
 * @param start                first day of the week
 * @param component            eca, ra, la1, la2, pca, crlg or ma
 * @param servers              servers (HSMs) at the week's end
 * @param utilisation          fraction of the servers busy over the week
 * @param jobsStarted          jobs that started service in the week
 * @param meanWaitSeconds      mean wait (arrival to service start) of those jobs (NaN if none)
 * @param jobsWaiting          jobs waiting at the week's end
 * @param backlogCertificates  certificates in the component's care (waiting or in service) at the week's end
 * @param downHours            hours the component was down (failures, maintenance, incidents)
 * @param refused              jobs refused by the queue limit in the week
 */
public record ComponentWeek(int week, LocalDate start, String component, int servers, double utilisation,
                            long jobsStarted, double meanWaitSeconds, long jobsWaiting, long backlogCertificates,
                            double downHours, long refused) {
}
