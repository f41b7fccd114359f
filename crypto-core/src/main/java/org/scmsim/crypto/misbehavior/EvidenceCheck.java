package org.scmsim.crypto.misbehavior;

import java.util.Optional;
import org.scmsim.crypto.cert.Certificate;

/**
 * One piece of evidence as the MA checked it: the suspect's certificate (from the signed message,
 * or from its {@link V2xPduStream}) and whether the message's signature verifies with it. Only signed evidence can lead to revocation.
 */
public record EvidenceCheck(Optional<Certificate> suspect, EvidenceStatus status, String detail) {

    /** The state of one evidence message. */
    public enum EvidenceStatus {
        /** Signed by the suspect's pseudonym certificate from the trusted PCA, signature valid. */
        AUTHENTIC,
        /**
         * Not a signed message, or one naming its signer by a digest that the stream's
         * {@code certificate} does not match.
         */
        MALFORMED,
        /** The certificate is not from the trusted PCA. */
        UNKNOWN_ISSUER,
        /** The signature does not verify: the evidence proves nothing about the certificate holder. */
        BAD_SIGNATURE
    }
}
