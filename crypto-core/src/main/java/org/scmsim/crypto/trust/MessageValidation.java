package org.scmsim.crypto.trust;

import java.util.Optional;

import org.scmsim.crypto.cert.Certificate;

/**
 * The result of validating a signed message: the verdict, a one-line reason, the signer's
 * certificate if it was found, and the signer chain's validation if it was run.
 */
public record MessageValidation(Verdict verdict, String reason, Optional<Certificate> signer, Optional<ChainValidation> chain) {

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }
}
