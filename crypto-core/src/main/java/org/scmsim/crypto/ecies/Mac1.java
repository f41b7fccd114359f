package org.scmsim.crypto.ecies;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** IEEE 1609.2 MAC1: HMAC-SHA-256 with the tag truncated to its first 16 octets. */
public final class Mac1 {

    /** The tag length, 16 octets. */
    public static final int TAG_LENGTH = 16;

    private Mac1() {
    }

    /** The 16-octet tag of {@code message} under {@code key}. */
    public static byte[] tag(byte[] key, byte[] message) {
        HMac hmac = new HMac(new SHA256Digest());
        hmac.init(new KeyParameter(key));
        hmac.update(message, 0, message.length);
        byte[] full = new byte[32];
        hmac.doFinal(full, 0);
        byte[] tag = new byte[TAG_LENGTH];
        System.arraycopy(full, 0, tag, 0, TAG_LENGTH);
        return tag;
    }
}
