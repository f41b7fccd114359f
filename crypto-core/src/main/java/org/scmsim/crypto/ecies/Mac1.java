package org.scmsim.crypto.ecies;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * IEEE 1609.2 MAC1: HMAC-SHA-256 with the tag truncated to its first 16 octets. The JDK's
 * HmacSHA256 (its SHA-256 compression is a HotSpot intrinsic), one engine per thread; BouncyCastle's
 * HMAC if the platform lacks it.
 */
public final class Mac1 {

    /** The tag length, 16 octets. */
    public static final int TAG_LENGTH = 16;

    private static final ThreadLocal<Mac> JDK = ThreadLocal.withInitial(Mac1::jdkMac);

    private Mac1() {
    }

    private static Mac jdkMac() {
        try {
            try {
                return Mac.getInstance("HmacSHA256", "SunJCE");
            } catch (GeneralSecurityException noSunJce) {
                return Mac.getInstance("HmacSHA256");
            }
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** The 16-octet tag of {@code message} under {@code key}. */
    public static byte[] tag(byte[] key, byte[] message) {
        byte[] full = new byte[32];
        Mac mac = JDK.get();
        if (mac != null && key.length > 0) {
            try {
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                mac.update(message);
                mac.doFinal(full, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 failed", e);
            }
        } else {
            HMac hmac = new HMac(new SHA256Digest());
            hmac.init(new KeyParameter(key));
            hmac.update(message, 0, message.length);
            hmac.doFinal(full, 0);
        }
        byte[] tag = new byte[TAG_LENGTH];
        System.arraycopy(full, 0, tag, 0, TAG_LENGTH);
        return tag;
    }
}
