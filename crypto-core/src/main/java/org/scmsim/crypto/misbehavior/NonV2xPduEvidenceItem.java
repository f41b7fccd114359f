package org.scmsim.crypto.misbehavior;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Evidence other than V2X PDUs (e.g. sensor data), TS 103 759
 * <pre>
 * NonV2xPduEvidenceItem ::= SEQUENCE { id Uint8, evidence -- open type, by id -- }
 * </pre>
 *
 * @param evidence the COER of the evidence type
 */
public record NonV2xPduEvidenceItem(int id, byte[] evidence) {

    public NonV2xPduEvidenceItem {
        if (id < 0 || id > 255) {
            throw new IllegalArgumentException("id is a Uint8, not " + id);
        }
        evidence = evidence.clone();
    }

    @Override
    public byte[] evidence() {
        return evidence.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NonV2xPduEvidenceItem n && n.id == id && Arrays.equals(n.evidence, evidence);
    }

    @Override
    public int hashCode() {
        return id * 31 + Arrays.hashCode(evidence);
    }

    @Override
    public String toString() {
        return "NonV2xPduEvidenceItem[id=" + id + ", " + HexFormat.of().formatHex(evidence) + "]";
    }
}
