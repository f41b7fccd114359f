package org.scmsim.crypto.butterfly;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

/** P-256 constants used by the expansion (the fast custom curve, see BUILD-NOTES). */
final class P256 {
    static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256r1");
    static final BigInteger N = PARAMS.getN();
    static final ECPoint G = PARAMS.getG();

    private P256() {
    }
}
