package org.scmsim.crypto.linkage;

import java.util.Arrays;
import java.util.HexFormat;

/** A fixed-length octet string with value equality (base of the linkage value types). */
abstract class Octets {

    private final byte[] bytes;

    Octets(byte[] bytes, int length, String name) {
        if (bytes.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " octets, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    /** The octets (copy). */
    public final byte[] bytes() {
        return bytes.clone();
    }

    final byte[] raw() {
        return bytes;
    }

    public final String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(bytes, ((Octets) o).bytes);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
