package org.scmsim.crypto.cert;

import java.math.BigInteger;

/**
 * The result of ECQV issuance: the implicit certificate and the private-key reconstruction value
 * r (the {@code .s} file of the CAMP SCMS), which the requester combines with its own key:
 * {@code d_U = (r + e·k_U) mod n}.
 */
public record ImplicitIssuance(Certificate certificate, BigInteger reconstructionPrivate) {
}
