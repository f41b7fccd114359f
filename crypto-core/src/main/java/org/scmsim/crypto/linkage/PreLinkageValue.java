package org.scmsim.crypto.linkage;

import java.util.HexFormat;

/** One LA's pre-linkage value {@code plv(i,j)}, 1609.2.1 {@code PreLinkageValue ::= OCTET STRING (SIZE(9))}. */
public final class PreLinkageValue extends Octets {

    public static final int LENGTH = 9;

    public PreLinkageValue(byte[] bytes) {
        super(bytes, LENGTH, "PreLinkageValue");
    }

    public static PreLinkageValue ofHex(String hex) {
        return new PreLinkageValue(HexFormat.of().parseHex(hex));
    }
}
