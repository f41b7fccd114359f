package org.scmsim.crypto.misbehavior;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scmsim.crypto.cert.Certificate;

/**
 * Evidence: PDUs one sender sent (for 1609.2 data, its signed {@code Ieee1609Dot2Data}), TS 103 759
 * <pre>
 * V2xPduStream ::= SEQUENCE {
 *   type            Uint8,                              -- 2 = Ieee1609Dot2Data
 *   v2xPdus         SEQUENCE (SIZE(1..255)) OF -- open type, by type --,
 *   certificate     Certificate OPTIONAL,               -- the signer's, when the PDUs name it by digest
 *   subjectPduIndex Uint8                               -- the PDU the observations are about
 * }
 * </pre>
 */
public record V2xPduStream(int type, List<byte[]> pdus, Optional<Certificate> certificate, int subjectPduIndex) {

    /** {@code type} of a stream of 1609.2 {@code Ieee1609Dot2Data} PDUs. */
    public static final int IEEE1609_DOT2_DATA = 2;

    public V2xPduStream {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("type is a Uint8, not " + type);
        }
        if (pdus.isEmpty() || pdus.size() > 255) {
            throw new IllegalArgumentException("v2xPdus holds 1..255 PDUs, not " + pdus.size());
        }
        if (subjectPduIndex < 0 || subjectPduIndex >= pdus.size()) {
            throw new IllegalArgumentException("subjectPduIndex " + subjectPduIndex + " is not one of the " + pdus.size() + " PDUs");
        }
        List<byte[]> copy = new ArrayList<>(pdus.size());
        for (byte[] p : pdus) {
            copy.add(p.clone());
        }
        pdus = List.copyOf(copy);
        Objects.requireNonNull(certificate, "certificate");
    }

    /** Signed 1609.2 messages, each carrying its signer's certificate; the first is the subject. */
    public static V2xPduStream ofSignedMessages(List<byte[]> spdus) {
        return new V2xPduStream(IEEE1609_DOT2_DATA, spdus, Optional.empty(), 0);
    }

    /** The PDUs (copies). */
    @Override
    public List<byte[]> pdus() {
        return pdus.stream().map(byte[]::clone).toList();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof V2xPduStream s) || s.type != type || s.subjectPduIndex != subjectPduIndex
                || !s.certificate.equals(certificate) || s.pdus.size() != pdus.size()) {
            return false;
        }
        for (int k = 0; k < pdus.size(); k++) {
            if (!Arrays.equals(pdus.get(k), s.pdus.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = type * 31 + subjectPduIndex;
        for (byte[] p : pdus) {
            h = h * 31 + Arrays.hashCode(p);
        }
        return h * 31 + certificate.hashCode();
    }

    @Override
    public String toString() {
        return "V2xPduStream[type=" + type + ", " + pdus.size() + " PDU(s), subject " + subjectPduIndex
                + certificate.map(c -> ", certificate " + c.hashedId8().hex()).orElse("") + "]";
    }
}
