package org.scmsim.crypto.scms;

import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.ec.P256Points;

/**
 * How a P-256 point travels as a 1609.2 {@code EccP256CurvePoint}: {@code compressed-y-0/1}
 * (choice 0x82/0x83, x: 33 octets with the choice) or {@code uncompressedP256} (choice 0x84, x and
 * y: 65 octets). The RA sends the cocoon keys of its requests uncompressed, so that the PCA checks
 * the curve equation instead of computing a square root; certificates keep the canonical
 * compressed form.
 */
enum PointEncoding {
    COMPRESSED(33),
    UNCOMPRESSED(65);

    /** {@code EccP256CurvePoint} choice uncompressedP256. */
    static final int CHOICE_UNCOMPRESSED = 0x84;

    private final int length;

    PointEncoding(int length) {
        this.length = length;
    }

    /** Octets of the encoded {@code EccP256CurvePoint}, its choice octet included. */
    int length() {
        return length;
    }

    /** The encoding whose choice octet is {@code choice}, or null for x-only, fill and unknown choices. */
    static PointEncoding ofChoice(int choice) {
        if (choice == 0x82 || choice == 0x83) {
            return COMPRESSED;
        }
        return choice == CHOICE_UNCOMPRESSED ? UNCOMPRESSED : null;
    }

    /** Writes {@code p} (finite) as an {@code EccP256CurvePoint} of this form into {@code out} at {@code at}. */
    void write(ECPoint p, byte[] out, int at) {
        byte[] xy = P256Points.coordinates(p);
        if (this == UNCOMPRESSED) {
            out[at] = (byte) CHOICE_UNCOMPRESSED;
            System.arraycopy(xy, 0, out, at + 1, 64);
        } else {
            out[at] = (byte) ((xy[63] & 1) == 0 ? 0x82 : 0x83);
            System.arraycopy(xy, 0, out, at + 1, 32);
        }
    }

    /** Writes {@code p} as an {@code EccP256CurvePoint} of this form. */
    void write(ECPoint p, CoerOutput out) {
        byte[] b = new byte[length];
        write(p, b, 0);
        out.write(b);
    }
}
