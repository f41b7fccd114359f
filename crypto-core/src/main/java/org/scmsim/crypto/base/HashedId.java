package org.scmsim.crypto.base;

import java.util.Arrays;
import java.util.HexFormat;

/** Common part of the HashedIdN value types: N octets, compared by value. */
abstract class HashedId {

    private final byte[] bytes;

    HashedId(byte[] bytes, int length) {
        if (bytes == null || bytes.length != length) {
            throw new IllegalArgumentException("HashedId" + length + " needs exactly " + length + " octets, got "
                    + (bytes == null ? "null" : bytes.length));
        }
        this.bytes = bytes.clone();
    }

    static byte[] lastBytes(byte[] hash, int n) {
        return Arrays.copyOfRange(hash, hash.length - n, hash.length);
    }

    /** The octets, a fresh copy. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Lower-case hex, e.g. {@code 127cff384ce0b890}. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(bytes, ((HashedId) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
