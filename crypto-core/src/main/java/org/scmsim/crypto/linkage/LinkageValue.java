package org.scmsim.crypto.linkage;

import java.util.HexFormat;

/**
 * A certificate's linkage value {@code lv(i,j) = plv_1(i,j) XOR plv_2(i,j)}, 1609.2
 * {@code LinkageValue ::= OCTET STRING (SIZE(9))}.
 */
public final class LinkageValue extends Octets {

    public static final int LENGTH = 9;

    public LinkageValue(byte[] bytes) {
        super(bytes, LENGTH, "LinkageValue");
    }

    public static LinkageValue ofHex(String hex) {
        return new LinkageValue(HexFormat.of().parseHex(hex));
    }

    /** {@code plv1 XOR plv2}. */
    public static LinkageValue of(PreLinkageValue plv1, PreLinkageValue plv2) {
        byte[] a = plv1.raw();
        byte[] b = plv2.raw();
        byte[] x = new byte[LENGTH];
        for (int k = 0; k < LENGTH; k++) {
            x[k] = (byte) (a[k] ^ b[k]);
        }
        return new LinkageValue(x);
    }
}
