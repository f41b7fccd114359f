package org.scmsim.crypto.linkage;

import java.util.HexFormat;

/** A linkage seed {@code ls(i)}, 1609.2 {@code LinkageSeed ::= OCTET STRING (SIZE(16))}. */
public final class LinkageSeed extends Octets {

    public static final int LENGTH = 16;

    public LinkageSeed(byte[] bytes) {
        super(bytes, LENGTH, "LinkageSeed");
    }

    public static LinkageSeed ofHex(String hex) {
        return new LinkageSeed(HexFormat.of().parseHex(hex));
    }
}
