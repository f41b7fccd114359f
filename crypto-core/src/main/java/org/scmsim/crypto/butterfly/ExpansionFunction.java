package org.scmsim.crypto.butterfly;

import java.math.BigInteger;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The butterfly expansion function {@code f_k(x)} for one AES-128 expansion key k, with its key
 * schedule computed once: {@code f_k(x) = [ (AES_k(x+1) XOR (x+1)) || (AES_k(x+2) XOR (x+2)) ||
 * (AES_k(x+3) XOR (x+3)) ] mod n}, read as a 384-bit big-endian integer.
 *
 * <p>Not thread-safe (it owns one AES engine); make one per expansion key and thread.
 */
public final class ExpansionFunction {

    private final BlockCipher aes;
    private final byte[] in = new byte[16];
    private final byte[] out = new byte[16];
    private final byte[] f = new byte[49];

    /** @param key the 16-octet expansion key (ck, ek, or the unified key) */
    public ExpansionFunction(byte[] key) {
        if (key.length != 16) {
            throw new IllegalArgumentException("butterfly expansion key must be 16 octets, not " + key.length);
        }
        BlockCipher engine = AESEngine.newInstance();
        engine.init(true, new KeyParameter(key));
        this.aes = engine;
    }

    /** {@code f_k(x)} for the input of {@code kind} at (i, j); i and j are unsigned 32-bit values. */
    public BigInteger apply(ExpansionKind kind, long i, long j) {
        put32(in, 0, kind.prefix());
        put32(in, 4, (int) i);
        put32(in, 8, (int) j);
        put32(in, 12, 0);
        f[0] = 0;
        for (int b = 1; b <= 3; b++) {
            in[15] = (byte) b; // x has its low 32 bits zero, so x+b needs no carry
            aes.processBlock(in, 0, out, 0);
            int at = 1 + (b - 1) * 16;
            for (int k = 0; k < 16; k++) {
                f[at + k] = (byte) (out[k] ^ in[k]);
            }
        }
        return new BigInteger(f).mod(P256.N);
    }

    private static void put32(byte[] a, int at, int v) {
        a[at] = (byte) (v >>> 24);
        a[at + 1] = (byte) (v >>> 16);
        a[at + 2] = (byte) (v >>> 8);
        a[at + 3] = (byte) v;
    }
}
