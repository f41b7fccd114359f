/**
 * Misbehaviour and revocation (issue 6): misbehaving OBUs met and reported by others, reports
 * uploaded at the next contact (dropped after their lifetime), the RA's report shuffle, the MA's
 * threshold and false positives, the revocation decision, CRLs sized from their real COER encoding
 * (crypto-core), and how fast they reach the OBUs.
 */
package org.scmsim.model.misbehavior;
