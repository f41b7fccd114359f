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
 * check), a later tbsCert with the same octets before a compressed point (choice 0x82/0x83 and
 * 32 octets) is that template with another key: COER is read left to right, so those octets fix
 * every field, and the point choice fixes the length. Bounded; thread-safe.
 */
final class TbsCertCache {

    private static final int MAX_ENTRIES = 512;

    /** A decoded template: the tbsCert (with the key of the request it was first read from), its iCert and type. */
    record Entry(ToBeSignedCertificate tbs, int iCert, CertificateFormat type) {
    }

    /** A template found at the reader's position: the tbsCert is {@code prefixLength + 33} octets. */
    record Found(Entry entry, int prefixLength) {
    }

    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Integer> prefixLengths = ConcurrentHashMap.newKeySet();

    /** The template the next octets of {@code in} start with, or null. */
    Found find(CoerInput in) {
        for (int length : prefixLengths) {
            byte[] p = in.peek(length + 33);
            if (p == null || ((p[length] & 0xFF) != 0x82 && (p[length] & 0xFF) != 0x83)) {
                continue;
            }
            Entry e = entries.get(ByteBuffer.wrap(Arrays.copyOf(p, length)));
            if (e != null) {
                return new Found(e, length);
            }
        }
        return null;
    }

    /** Remembers a tbsCert just decoded in full, if it ends with a compressed point. */
    void remember(byte[] tbsCert, ToBeSignedCertificate tbs, int iCert, CertificateFormat type) {
        int length = tbsCert.length - 33;
        if (length <= 0 || entries.size() >= MAX_ENTRIES
                || ((tbsCert[length] & 0xFF) != 0x82 && (tbsCert[length] & 0xFF) != 0x83)) {
            return;
        }
        entries.putIfAbsent(ByteBuffer.wrap(Arrays.copyOf(tbsCert, length)), new Entry(tbs, iCert, type));
        prefixLengths.add(length);
    }
}
