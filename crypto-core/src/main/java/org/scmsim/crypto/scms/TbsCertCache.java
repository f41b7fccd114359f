package org.scmsim.crypto.scms;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.scmsim.crypto.coer.CoerInput;

/**
 * The PCA's memory of request templates already decoded: a request's tbsCert is its week's
 * template with the cocoon key at the end, so everything before the key's
 * {@code EccP256CurvePoint} is the same for all requests of a week and format. Once one such
 * tbsCert has been decoded in full (BouncyCastle's OER engine, and the canonical re-encoding
 * check), a later tbsCert with the same octets before a full point (compressed: choice 0x82/0x83
 * and 32 octets; uncompressedP256: choice 0x84 and 64 octets) is that template with another key:
 * COER is read left to right, so those octets fix every field, and the point choice fixes the
 * length. Bounded; thread-safe.
 */
final class TbsCertCache {

    private static final int MAX_ENTRIES = 512;

    /** A decoded template: the tbsCert (with the key of the request it was first read from), its iCert and type. */
    record Entry(ToBeSignedCertificate tbs, int iCert, CertificateFormat type) {
    }

    /** A template found at the reader's position: the tbsCert is {@code prefixLength + pointEncoding.length()} octets. */
    record Found(Entry entry, int prefixLength, PointEncoding pointEncoding) {
    }

    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Integer> prefixLengths = ConcurrentHashMap.newKeySet();

    /** The template the next octets of {@code in} start with, or null. */
    Found find(CoerInput in) {
        for (int length : prefixLengths) {
            byte[] p = in.peek(length + 1);
            PointEncoding form = p == null ? null : PointEncoding.ofChoice(p[length] & 0xFF);
            if (form == null || in.remaining() < length + form.length()) {
                continue;
            }
            Entry e = entries.get(ByteBuffer.wrap(p, 0, length));
            if (e != null) {
                return new Found(e, length, form);
            }
        }
        return null;
    }

    /**
     * Remembers a tbsCert just decoded in full whose key, at its end, is encoded in {@code pointEncoding}.
     */
    void remember(byte[] tbsCert, ToBeSignedCertificate tbs, int iCert, CertificateFormat type, PointEncoding pointEncoding) {
        int length = tbsCert.length - pointEncoding.length();
        if (length <= 0 || entries.size() >= MAX_ENTRIES || PointEncoding.ofChoice(tbsCert[length] & 0xFF) != pointEncoding) {
            return;
        }
        entries.putIfAbsent(ByteBuffer.wrap(Arrays.copyOf(tbsCert, length)), new Entry(tbs, iCert, type));
        prefixLengths.add(length);
    }
}
