package org.scmsim.crypto.trust;

import java.util.List;
import java.util.Optional;

import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.cert.Certificate;

/**
 * The result of a chain validation: the verdict, a one-line reason naming the certificate at
 * fault, the chain that was built (end entity first, root last; as far as it could be built),
 * and the end entity's public key when it could be established (for an implicit certificate,
 * reconstructed with ECQV).
 */
public record ChainValidation(Verdict verdict, String reason, List<Certificate> path, Optional<ECPoint> publicKey) {

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }
}
