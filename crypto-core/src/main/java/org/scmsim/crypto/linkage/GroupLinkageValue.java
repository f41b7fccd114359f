package org.scmsim.crypto.linkage;

import java.util.Objects;

/**
 * A certificate's group linkage value, 1609.2
 * <pre>
 * GroupLinkageValue ::= SEQUENCE {
 *   jValue OCTET STRING (SIZE(4)),
 *   value  OCTET STRING (SIZE(9))
 * }
 * </pre>
 * All members of a group share the two group seeds {@code gs1(i)}, {@code gs2(i)}; a member's
 * certificate carries a 32-bit {@code jValue} and {@code value = gplv1(i, jValue) XOR gplv2(i, jValue)},
 * where {@code gplv} is the pre-linkage value function of {@link LinkageFunctions} keyed with the
 * group seed and fed the four jValue octets in place of {@code Uint32(j)} (CAMP {@code glv.txt}).
 *
 * @param jValue the four jValue octets as an unsigned 32-bit number (big-endian)
 */
public record GroupLinkageValue(long jValue, LinkageValue value) {

    public GroupLinkageValue {
        if (jValue < 0 || jValue > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("jValue is 4 octets: 0..0xFFFFFFFF, not " + jValue);
        }
        Objects.requireNonNull(value, "value");
    }

    /** From the certificate's two octet strings. */
    public static GroupLinkageValue of(byte[] jValue4, byte[] value9) {
        if (jValue4.length != 4) {
            throw new IllegalArgumentException("jValue must be 4 octets, not " + jValue4.length);
        }
        long j = ((long) (jValue4[0] & 0xFF) << 24) | ((jValue4[1] & 0xFF) << 16) | ((jValue4[2] & 0xFF) << 8) | (jValue4[3] & 0xFF);
        return new GroupLinkageValue(j, new LinkageValue(value9));
    }

    /** The four jValue octets, big-endian. */
    public byte[] jValueOctets() {
        return new byte[] {(byte) (jValue >>> 24), (byte) (jValue >>> 16), (byte) (jValue >>> 8), (byte) jValue};
    }

    @Override
    public String toString() {
        return String.format("jValue %08x value %s", jValue, value.hex());
    }
}
