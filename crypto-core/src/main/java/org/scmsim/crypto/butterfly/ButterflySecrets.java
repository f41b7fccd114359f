package org.scmsim.crypto.butterfly;

import java.math.BigInteger;

/**
 * A device's caterpillar private keys and expansion keys: what it keeps to open the PCA's responses
 * and to derive each pseudonym certificate's private key.
 */
public sealed interface ButterflySecrets permits CaterpillarKeys, UnifiedCaterpillarKey {

    ButterflyVariant variant();

    /** The public half for the RA. */
    ButterflyParams params();

    /** The cocoon signing private key for (i, j): {@code a + f_ck(x_sign) mod n}. */
    BigInteger signingPrivate(long i, long j);

    /** The cocoon encryption private key for (i, j): {@code h + f_ek(x_enc) mod n}. */
    BigInteger encryptionPrivate(long i, long j);
}
