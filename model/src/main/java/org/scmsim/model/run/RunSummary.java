package org.scmsim.model.run;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Totals and averages of one run.
 *
 * @param obusDeployed            OBUs deployed by the horizon
 * @param rsusDeployed            RSUs deployed by the horizon
 * @param pseudonymRequested      pseudonym certificates asked of the SCMS (first batches and weekly job)
 * @param applicationRequested    application certificates requested
 * @param certificatesIssued      certificates issued, all kinds
 * @param requests                SCMS requests submitted (devices, RSUs and pre-generation slices)
 * @param meanResponseSeconds     mean request-to-issue time of completed requests
 * @param maxResponseSeconds      longest request-to-issue time
 * @param meanQueueWaitSeconds    mean time in queue before service at the PCA
 * @param peakBacklogCertificates largest backlog at any time
 * @param pcaUtilisation          time-average fraction of PCA servers busy
 * @param lateCertificates        certificates requested ahead of their i-period but issued after it began
 * @param eventsProcessed         simulation events fired
 * @param obusActive              OBUs enrolled and not retired at the horizon
 * @param rsusActive              RSUs enrolled and not retired at the horizon
 * @param pseudonymIssued         pseudonym certificates issued
 * @param identificationIssued    identification certificates issued
 * @param applicationIssued       RSU application certificates issued
 * @param enrollmentIssued        enrollment certificates issued
 * @param pseudonymDownloaded     pseudonym certificates downloaded by OBUs
 * @param identificationDownloaded identification certificates downloaded by OBUs
 * @param downloadsRsu            downloads completed over RSU contacts
 * @param downloadsCellular       downloads completed over cellular
 * @param downloadsWifi           downloads completed over home Wi-Fi
 * @param bytesRsu                bytes to OBUs over RSU contacts
 * @param bytesCellular           bytes to OBUs over cellular
 * @param bytesWifi               bytes to OBUs over home Wi-Fi
 * @param bytesBackhaul           bytes of application certificates over RSU backhauls
 * @param interruptedTransfers    transfers cut by the end of a contact and resumed later
 * @param filesPushed             LPF/LCCF files delivered to OBUs
 * @param rsuContactsUsed         RSU contacts in which an OBU transferred
 * @param tripsSimulated          trips simulated one by one (while a device needed a connection or drove unsigned)
 * @param drivingHours            hours driven by all OBUs
 * @param unsignedDrivingHours    hours driven without a valid pseudonym
 * @param obuHoursWithoutCertificate device-hours of OBUs without a valid pseudonym
 * @param peakObusWithoutCertificate most OBUs without a valid pseudonym at once
 * @param rsuHoursWithoutCertificate RSU-hours without a valid application certificate
 * @param certificateReuses       pseudonym uses beyond the week's distinct certificates
 * @param backhaulFailures        RSU renewals that found the backhaul down
 * @param requestsRefused         jobs refused by a full component queue (and retried)
 * @param componentOutages        component failures (MTBF/MTTR)
 * @param ecaUtilisation          time-average fraction of ECA servers busy
 * @param raUtilisation           ... of RA servers
 * @param la1Utilisation          ... of LA1 servers
 * @param la2Utilisation          ... of LA2 servers
 * @param ecaMeanWaitSeconds      mean queue wait at the ECA
 * @param raMeanWaitSeconds       mean queue wait at the RA
 * @param la1MeanWaitSeconds      mean queue wait at LA1
 * @param la2MeanWaitSeconds      mean queue wait at LA2
 * @param meanInstallWaitSeconds  mean wait of an OBU for an installer
 * @param realCryptoDevices       OBUs whose cryptography ran for real (fidelity sampled or full)
 * @param cryptoOperations        cryptographic operations really performed
 * @param certificatesReallyIssued certificates really issued by crypto-core
 * @param signaturesVerified      messages really signed by an OBU and verified by a receiver
 * @param cryptoRejected          certificates or messages a receiver rejected (must be 0)
 * @param costTotal               cost over the simulated years under the first pricing model (NaN: no pricing)
 * @param costPresentValue        the same discounted to the first year: total cost of ownership
 * @param costWithOptions         the first model's cost including its option (extension) years
 * @param costPerDeviceYear       costTotal per OBU- or RSU-year in service
 * @param deviceYears             OBU- and RSU-years in service over the run
 * @param disruptionObuHoursWithoutCertificate OBU-hours without valid certificates the disruptions caused
 * @param disruptionRsuHoursWithoutCertificate RSU-hours the same
 * @param disruptionRecoveryHours longest recovery after a disruption (NaN: none, or one did not recover)
 * @param disruptionAddedCost     cost the disruptions added (first pricing model and liability)
 * @param rebootstrapDevices      devices bootstrapped again after CA key exposures
 * @param rebootstrapRecoveryHours hours from the exposure until the last device was re-bootstrapped
 * @param rebootstrapCost         what re-bootstrapping cost (provider price, labour, downtime)
 * @param misbehavingDevices      OBUs that misbehaved
 * @param misbehaviorReportsQueued reports OBUs queued on detecting misbehaviour (true or false)
 * @param misbehaviorReportsDropped reports dropped on the device (not uploaded within their lifetime)
 * @param misbehaviorReportsChecked reports the MA checked
 * @param devicesRevoked          misbehaving OBUs revoked
 * @param falsePositiveRevocations honest OBUs revoked on false reports
 * @param revocationDecisionHours mean hours from the onset of misbehaviour to the MA's decision
 * @param revocationCrlIssueHours mean hours from the onset to the first CRL listing the device
 * @param revocationCrlReach50Hours mean hours from the onset until half the active OBUs held that CRL
 * @param revocationCrlReach90Hours ... 90%
 * @param revocationCrlReach99Hours ... 99%
 * @param messagesAcceptedFromRevoked messages of revoked devices accepted by receivers without the CRL
 * @param crlsIssued              CRLs issued
 * @param crlBytesLast            size of the last CRL as delivered (bytes)
 * @param crlBytesMax             largest CRL as delivered
 * @param crlEntriesMax           most linkage entries on one CRL
 * @param crlBytesMoved           CRL bytes OBUs received (at their contacts, by the scenario's channel)
 * @param devicesRevokedByOrder   devices revoked by an order without reports (a mass-revocation disruption)
 * @param requestsRefusedBlacklisted requests the RA refused from blacklisted (revoked) devices
 * @param misbehaviorReportsVerified reports the MA really decrypted and verified (real-crypto fidelity)
 * @param crlChecksReal           certificates receivers really checked against the CRL they held
 * @param crlCheckMismatches      real CRL checks whose verdict disagreed with the model (must be 0)
 * @param certificatesReallyOpened pseudonym certificates devices really decrypted, reconstructed and checked
 * @param bsmsSigned              BSMs really signed, one per pseudonym rotation (signaturesVerified of them accepted)
 * @param misbehavingRsus         issue 6: RSUs that started misbehaving (misbehavior.rsuWaves)
 * @param rsusRevoked             RSUs revoked (on reports or by order): hash entries for their application certificates
 * @param hoursToRsuRevocationDecision mean hours from a reported RSU's onset to the MA's decision
 * @param crlHashEntriesRsus          hash entries made for revoked RSUs' application certificates
 * @param crlHashEntriesIdentification hash entries made for revoked privileged OBUs' identification certificates
 * @param crlHashEntriesMax       entries of the largest hash CRL
 * @param crlHashBytesMax         delivered bytes of the largest hash CRL
 * @param messagesAcceptedFromRevokedRsus messages of revoked RSUs receivers accepted (no hash CRL listing them yet)
 * @param crlHashChecksReal       real hash-CRL checks of RSU certificates at receivers (full/sampled fidelity)
 * @param crlHashCheckMismatches  of those, disagreeing with the model's books (must be 0)
 * @param maUtilisation           fraction of MA servers busy over the run
 * @param maMeanWaitSeconds       mean queue wait at the MA (report checks, revocations)
 * @param maPeakBacklog           most jobs (reports, revocations; not certificates) waiting at the MA at once
 * @param crlgUtilisation         fraction of CRL generator servers busy over the run
 * @param crlgMeanWaitSeconds     mean queue wait at the CRL generator
 */
public record RunSummary(long obusDeployed, long rsusDeployed, long pseudonymRequested,
                         long applicationRequested, long certificatesIssued, long requests,
                         double meanResponseSeconds, double maxResponseSeconds,
                         double meanQueueWaitSeconds, long peakBacklogCertificates,
                         double pcaUtilisation, long lateCertificates, long eventsProcessed,
                         long obusActive, long rsusActive, long pseudonymIssued, long identificationIssued,
                         long applicationIssued, long enrollmentIssued, long pseudonymDownloaded,
                         long identificationDownloaded, long downloadsRsu, long downloadsCellular, long downloadsWifi,
                         long bytesRsu, long bytesCellular, long bytesWifi, long bytesBackhaul,
                         long interruptedTransfers, long filesPushed, long rsuContactsUsed, long tripsSimulated,
                         double drivingHours, double unsignedDrivingHours, double obuHoursWithoutCertificate,
                         long peakObusWithoutCertificate, double rsuHoursWithoutCertificate, long certificateReuses,
                         long backhaulFailures, long requestsRefused, long componentOutages,
                         double ecaUtilisation, double raUtilisation, double la1Utilisation, double la2Utilisation,
                         double ecaMeanWaitSeconds, double raMeanWaitSeconds, double la1MeanWaitSeconds,
                         double la2MeanWaitSeconds, double meanInstallWaitSeconds, long realCryptoDevices,
                         long cryptoOperations, long certificatesReallyIssued, long signaturesVerified,
                         long cryptoRejected,
                         // issue 6: cost and disruptions
                         double costTotal, double costPresentValue, double costWithOptions, double costPerDeviceYear,
                         double deviceYears, double disruptionObuHoursWithoutCertificate,
                         double disruptionRsuHoursWithoutCertificate, double disruptionRecoveryHours,
                         double disruptionAddedCost, long rebootstrapDevices, double rebootstrapRecoveryHours,
                         double rebootstrapCost,
                         // issue 6: misbehaviour and revocation
                         long misbehavingDevices, long misbehaviorReportsQueued, long misbehaviorReportsDropped,
                         long misbehaviorReportsChecked, long devicesRevoked, long falsePositiveRevocations,
                         double revocationDecisionHours, double revocationCrlIssueHours,
                         double revocationCrlReach50Hours, double revocationCrlReach90Hours,
                         double revocationCrlReach99Hours, double messagesAcceptedFromRevoked, long crlsIssued,
                         long crlBytesLast, long crlBytesMax, long crlEntriesMax, double crlBytesMoved,
                         long devicesRevokedByOrder, long requestsRefusedBlacklisted, long misbehaviorReportsVerified,
                         long crlChecksReal, long crlCheckMismatches,
                         // issues 5 and 10: full fidelity
                         long certificatesReallyOpened, long bsmsSigned, long misbehavingRsus, long rsusRevoked,
                         double hoursToRsuRevocationDecision, long crlHashEntriesRsus, long crlHashEntriesIdentification,
                         long crlHashEntriesMax, long crlHashBytesMax, double messagesAcceptedFromRevokedRsus,
                         long crlHashChecksReal, long crlHashCheckMismatches, double maUtilisation,
                         double maMeanWaitSeconds, long maPeakBacklog, double crlgUtilisation,
                         double crlgMeanWaitSeconds) {

    /**
     * Every figure of this summary by its snake_case name, in declaration order: what experiments
     * summarise over replications and compare between arms. New components appear here by themselves.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (RecordComponent c : RunSummary.class.getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(this);
                if (v instanceof Number n) {
                    out.put(snakeCase(c.getName()), n.doubleValue());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return out;
    }

    /**
     * The output column name of a record component, for summaries and time series alike:
     * {@code obuHoursWithoutCertificate} -> {@code obu_hours_without_certificate}.
     */
    public static String snakeCase(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
