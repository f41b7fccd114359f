package org.scmsim.model.run;

import java.time.LocalDate;

/**
 * One simulated week (i-period) of a run.
 *
 * @param week                  i-period index from the run's start
 * @param start                 first day of the week
 * @param days                  days of the week inside the horizon (7 except maybe the last)
 * @param obusActive            OBUs enrolled and not retired at the week's end
 * @param rsusActive            RSUs enrolled and not retired at the week's end
 * @param pseudonymRequested    pseudonym certificates asked of the SCMS during the week (first
 *                              batches and the weekly pre-generation job)
 * @param applicationRequested  RSU application certificates requested during the week
 * @param certificatesIssued    certificates issued (all kinds) during the week
 * @param backlogCertificates   certificates requested and not yet issued at the week's end
 * @param peakBacklogCertificates largest backlog during the week
 * @param requestsWaiting       jobs queued (not in service) at the SCMS components at the week's end
 * @param requestsCompleted     device and RSU requests completed during the week
 * @param meanResponseSeconds   mean time from request to issue of those requests (NaN if none)
 * @param maxResponseSeconds    longest such time (NaN if none)
 * @param lateCertificates      certificates requested ahead of their i-period but issued after it began
 * @param pseudonymIssued       pseudonym certificates issued
 * @param identificationIssued  identification certificates issued (privileged OBUs)
 * @param applicationIssued     RSU application certificates issued
 * @param enrollmentIssued      enrollment certificates issued (OBUs and RSUs)
 * @param pseudonymDownloaded   pseudonym certificates downloaded by OBUs
 * @param downloadsRsu          downloads completed over RSU contacts
 * @param downloadsCellular     downloads completed over cellular
 * @param downloadsWifi         downloads completed over home Wi-Fi
 * @param bytesRsu              bytes moved to OBUs over RSU contacts (including resumed parts)
 * @param bytesCellular         bytes moved over cellular
 * @param bytesWifi             bytes moved over home Wi-Fi
 * @param bytesBackhaul         bytes of RSU application certificates over RSU backhauls
 * @param interruptedTransfers  transfers cut by the end of a contact (resumed later)
 * @param obusOutOfCertificates OBUs without a valid pseudonym at the week's end
 * @param obuHoursWithoutCertificate device-hours OBUs spent without a valid pseudonym
 * @param unsignedDrivingHours  hours OBUs drove without a valid pseudonym (BSMs unsigned)
 * @param rsusOutOfCertificates RSUs without a valid application certificate at the week's end
 * @param rsuHoursWithoutCertificate RSU-hours without a valid application certificate
 * @param certificateReuses     pseudonym uses beyond the week's distinct certificates
 * @param ecaUtilisation        fraction of ECA servers busy over the week
 * @param raUtilisation         fraction of RA servers busy
 * @param la1Utilisation        fraction of LA1 servers busy
 * @param la2Utilisation        fraction of LA2 servers busy
 * @param pcaUtilisation        fraction of PCA servers busy
 * @param raMeanWaitSeconds     mean queue wait at the RA of jobs starting service in the week
 * @param pcaMeanWaitSeconds    mean queue wait at the PCA
 * @param obusInstalling        OBUs waiting for or with an installer at the week's end
 * @param crlBytes              CRL bytes OBUs received during the week (each receipt counts the CRL's size)
 * @param crlReach              fraction of active OBUs holding the latest CRL at the week's end (NaN before
 *                              the first CRL)
 * @param crlSizeBytes          size of the latest CRL issued by the week's end (0: none)
 * @param crlEntries            linkage entries of that CRL
 * @param messagesAcceptedFromRevoked messages of revoked devices receivers accepted during the week (no
 *                              CRL listing the sender yet)
 * @param requestsRefusedBlacklisted requests the RA refused during the week from blacklisted (revoked) devices
 * @param certificatesReallyIssued certificates really issued by crypto-core (fidelity full or sampled)
 * @param certificatesReallyOpened pseudonym certificates devices really decrypted, reconstructed and checked
 * @param bsmsSigned            BSMs really signed, one per pseudonym rotation (the week before is credited
 *                              to its last day)
 * @param signaturesVerified    of those, verified and accepted by a receiver
 * @param cryptoRejected        certificates or messages a device really rejected (must be 0)
 * @param crlHashEntries        issue 6: hash entries (RSU application, OBU identification certificates) of
 *                              the latest hash CRL issued by the week's end (0: none)
 * @param crlHashSizeBytes      delivered size of that hash CRL (received with each CRL; 0: none)
 * @param maUtilisation         fraction of MA servers busy over the week (report checks, revocations)
 * @param maMeanWaitSeconds     mean queue wait at the MA of jobs starting service in the week
 * @param maPeakBacklog         most jobs (reports, revocations; not certificates) waiting at the MA at once in the week
 * @param crlgUtilisation       fraction of CRL generator servers busy over the week
 */
public record WeekRow(int week, LocalDate start, double days, long obusActive, long rsusActive,
                      long pseudonymRequested, long applicationRequested, long certificatesIssued,
                      long backlogCertificates, long peakBacklogCertificates, long requestsWaiting, long requestsCompleted,
                      double meanResponseSeconds, double maxResponseSeconds, long lateCertificates,
                      long pseudonymIssued, long identificationIssued, long applicationIssued, long enrollmentIssued,
                      long pseudonymDownloaded, long downloadsRsu, long downloadsCellular, long downloadsWifi,
                      long bytesRsu, long bytesCellular, long bytesWifi, long bytesBackhaul, long interruptedTransfers,
                      long obusOutOfCertificates, double obuHoursWithoutCertificate, double unsignedDrivingHours,
                      long rsusOutOfCertificates, double rsuHoursWithoutCertificate, long certificateReuses,
                      double ecaUtilisation, double raUtilisation, double la1Utilisation, double la2Utilisation,
                      double pcaUtilisation, double raMeanWaitSeconds, double pcaMeanWaitSeconds, long obusInstalling,
                      long crlBytes, double crlReach, long crlSizeBytes, long crlEntries,
                      double messagesAcceptedFromRevoked, long requestsRefusedBlacklisted,
                      long certificatesReallyIssued, long certificatesReallyOpened, long bsmsSigned,
                      long signaturesVerified, long cryptoRejected, long crlHashEntries, long crlHashSizeBytes,
                      double maUtilisation, double maMeanWaitSeconds, long maPeakBacklog, double crlgUtilisation) {
}
