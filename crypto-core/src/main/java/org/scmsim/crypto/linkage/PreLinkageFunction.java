package org.scmsim.crypto.linkage;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * {@code plv(i, j)} of one LA's seed at period i, the AES key schedule done once (see
 * {@link LinkageFunctions}): for receivers that evaluate the same seed for many j, such as group
 * CRL entries against each group member's jValue. Not thread-safe: one instance per thread.
 */
public final class PreLinkageFunction {

    private final BlockCipher aes = AESEngine.newInstance();
    private final byte[] in = new byte[16];
    private final byte[] out = new byte[16];

    public PreLinkageFunction(LaId la, LinkageSeed seedAtI) {
        aes.init(true, new KeyParameter(seedAtI.raw()));
        byte[] id = la.octets();
        in[0] = id[0];
        in[1] = id[1];
    }

    /** Writes {@code plv(i, j)} (9 octets) into {@code dst}. */
    public void compute(long j, byte[] dst) {
        in[2] = (byte) (j >>> 24);
        in[3] = (byte) (j >>> 16);
        in[4] = (byte) (j >>> 8);
        in[5] = (byte) j;
        aes.processBlock(in, 0, out, 0);
        for (int b = 0; b < PreLinkageValue.LENGTH; b++) {
            dst[b] = (byte) (out[b] ^ in[b]);
        }
    }
}
