package org.scmsim.crypto.butterfly;

/** Which key a butterfly expansion input derives: its first 32 bits differ. */
public enum ExpansionKind {
    /** {@code x_sign = 0^32 || i || j || 0^32}. */
    SIGNING(0x00000000),
    /** {@code x_enc = 1^32 || i || j || 0^32}. */
    ENCRYPTION(0xFFFFFFFF);

    private final int prefix;

    ExpansionKind(int prefix) {
        this.prefix = prefix;
    }

    /** The first 32 bits of the expansion input. */
    public int prefix() {
        return prefix;
    }
}
