package org.scmsim.model.misbehavior;

/**
 * One CRL the CRL generator issued: a row of {@code crl.csv}.
 *
 * @param version       1, 2, ... in issue order
 * @param issuedSeconds simulated time of issue
 * @param week          i-period of issue (iRev)
 * @param entries       linkage entries listed (revoked devices whose iMax has not passed)
 * @param newEntries    entries listed for the first time
 * @param contentBytes  COER size of its CrlContents, from crypto-core's real encoding
 * @param bytes         delivered size: contents plus the signed wrapper ({@link CrlSize#deliveredBytes})
 * @param obusActive    active OBUs it was to reach
 * @param reach50Hours  hours after issue until half of them held it (or a newer CRL), from each OBU's
 *                      arrival at its contacts (NaN: not reached by the horizon)
 * @param reach90Hours  ... 90%
 * @param reach99Hours  ... 99%
 * @param hashEntries   issue 6: entries of the hash CRL issued with it (RSU application and OBU
 *                      identification certificates not yet expired)
 * @param hashContentBytes COER size of that hash CRL's CrlContents (crypto-core's encoding; 0: none)
 * @param hashBytes     its delivered size; receivers download it with the linkage CRL, so each
 *                      receipt moves {@code bytes + hashBytes}
 */
public record CrlIssue(int version, double issuedSeconds, int week, int entries, int newEntries, int contentBytes,
                       int bytes, long obusActive, double reach50Hours, double reach90Hours, double reach99Hours,
                       int hashEntries, int hashContentBytes, int hashBytes) {
}
