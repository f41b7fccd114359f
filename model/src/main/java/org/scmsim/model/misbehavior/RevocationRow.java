package org.scmsim.model.misbehavior;

/**
 * One revoked device: a row of {@code revocations.csv}. Times are simulated seconds (NaN: not
 * reached by the horizon).
 *
 * @param device            the revoked OBU's id (misbehaving, wrongly reported, or revoked by order)
 * @param falsePositive     true when the device was honest and revoked on false reports
 * @param onsetSeconds      when it began misbehaving (false positive: the first report against it;
 *                          revoked by order: the order)
 * @param decisionSeconds   the MA's revocation decision
 * @param crlIssueSeconds   the first CRL listing it
 * @param reach50Seconds    when half of the OBUs active at its issue held that CRL (or a newer one)
 * @param reach90Seconds    ... 90%
 * @param reach99Seconds    ... 99%
 * @param latencyHours      from onset to decision, hours
 * @param messagesAccepted  its messages receivers accepted after the decision, not yet holding the CRL
 * @param target            issue 6: an OBU (linkage entry; a privileged one's identification
 *                          certificates also as hash entries) or an RSU (hash entries for its
 *                          application certificates); {@code device} is then the RSU's SCMS id
 */
public record RevocationRow(long device, boolean falsePositive, double onsetSeconds, double decisionSeconds,
                            double crlIssueSeconds, double reach50Seconds, double reach90Seconds,
                            double reach99Seconds, double latencyHours, double messagesAccepted,
                            Target target) {

    /** What kind of device was revoked. */
    public enum Target {
        OBU,
        RSU
    }
}
