package org.scmsim.crypto.scms;

import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.ec.EcCurve;

/**
 * The COER of a pseudonym {@code ToBeSignedCertificate} for one period, with the two parts that
 * change per certificate located: the 9-octet linkage value and the key at the end (33 octets
 * compressed, 65 uncompressed: {@link PointEncoding}). Issuing a certificate then copies the template and writes those two parts (the OER engine
 * runs once per period instead of per certificate). {@link #locate} proves the layout by encoding
 * twice with different values and checking that patching one gives the other.
 */
final class TbsTemplate {

    private final byte[] bytes;
    private final int lvOffset;
    private final int pointOffset;
    private final PointEncoding pointEncoding;

    private TbsTemplate(byte[] bytes, int lvOffset, int pointOffset, PointEncoding pointEncoding) {
        this.bytes = bytes;
        this.lvOffset = lvOffset;
        this.pointOffset = pointOffset;
        this.pointEncoding = pointEncoding;
    }

    /** An encoder of the full tbs for a linkage value and key. */
    interface Encoder {
        byte[] encode(byte[] lv, ECPoint key);
    }

    /** The template, or null if the layout is not the one expected (then encode in full each time). */
    static TbsTemplate locate(Encoder encoder) {
        return locate(encoder, PointEncoding.COMPRESSED);
    }

    /** As {@link #locate(Encoder)} for an encoder that writes the key in {@code pointEncoding}. */
    static TbsTemplate locate(Encoder encoder, PointEncoding pointEncoding) {
        byte[] lv1 = new byte[9];
        byte[] lv2 = new byte[9];
        Arrays.fill(lv1, (byte) 0x5A);
        Arrays.fill(lv2, (byte) 0xC3);
        ECPoint p1 = EcCurve.NIST_P256.multiplyGenerator(java.math.BigInteger.valueOf(2));
        ECPoint p2 = EcCurve.NIST_P256.multiplyGenerator(java.math.BigInteger.valueOf(3));
        byte[] b1 = encoder.encode(lv1, p1);
        byte[] b2 = encoder.encode(lv2, p2);
        if (b1.length != b2.length || b1.length < pointEncoding.length() + 9) {
            return null;
        }
        // the one offset where the first encoding has lv1 and the second lv2 (a byte next to the
        // linkage value may equal 0x5A or 0xC3, e.g. iCert 0x025A: lv1 alone can match one octet early)
        int lvAt = -1;
        for (int k = 0; k + 9 <= b1.length; k++) {
            if (Arrays.equals(b1, k, k + 9, lv1, 0, 9) && Arrays.equals(b2, k, k + 9, lv2, 0, 9)) {
                if (lvAt >= 0) {
                    return null;
                }
                lvAt = k;
            }
        }
        if (lvAt < 0) {
            return null;
        }
        TbsTemplate t = new TbsTemplate(b1, lvAt, b1.length - pointEncoding.length(), pointEncoding);
        if (!Arrays.equals(t.patch(lv2, p2), b2) || !Arrays.equals(t.patch(lv1, p1), b1)) {
            return null;
        }
        return t;
    }

    /** The tbs with {@code lv} and {@code key} written in. */
    byte[] patch(byte[] lv, ECPoint key) {
        byte[] out = bytes.clone();
        System.arraycopy(lv, 0, out, lvOffset, 9);
        pointEncoding.write(key, out, pointOffset);
        return out;
    }

    /** The first offset of {@code needle} in {@code hay}, or -1. */
    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int k = 0; k + needle.length <= hay.length; k++) {
            for (int m = 0; m < needle.length; m++) {
                if (hay[k + m] != needle[m]) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }
}
