package org.scmsim.model.run;

import java.time.LocalDate;

/**
 * One simulated day of a run.
 *
 * @param day                      day index from the run's start
 * @param date                     the day
 * @param obusActive               OBUs enrolled and not retired at the day's end
 * @param rsusActive               RSUs enrolled and not retired at the day's end
 * @param pseudonymIssued          pseudonym certificates issued during the day
 * @param applicationIssued        RSU application certificates issued
 * @param certificatesIssued       certificates of every kind issued
 * @param pseudonymDownloaded      pseudonym certificates downloaded by OBUs
 * @param downloads                completed downloads, all channels
 * @param bytes                    bytes downloaded by OBUs, all channels
 * @param backlogCertificates      certificates asked for and not yet issued at the day's end
 * @param obusOutOfCertificates    OBUs without a valid pseudonym at the day's end
 * @param rsusOutOfCertificates    RSUs without a valid application certificate at the day's end
 * @param unsignedDrivingHours     hours driven without a valid pseudonym
 * @param raUtilisation            fraction of RA servers busy over the day
 * @param pcaUtilisation           fraction of PCA servers busy over the day
 */
public record DayRow(int day, LocalDate date, long obusActive, long rsusActive, long pseudonymIssued,
                     long applicationIssued, long certificatesIssued, long pseudonymDownloaded, long downloads,
                     long bytes, long backlogCertificates, long obusOutOfCertificates, long rsusOutOfCertificates,
                     double unsignedDrivingHours, double raUtilisation, double pcaUtilisation) {
}
