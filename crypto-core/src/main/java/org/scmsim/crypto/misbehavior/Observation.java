package org.scmsim.crypto.misbehavior;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One detected misbehaviour, as J3287 / TS 103 759 number them: a target (e.g. 5 = longitudinal
 * acceleration of a BSM) and an observation id within it (e.g. 4 = value too large), with the
 * observation's own value: the COER of its type, empty for the many observations typed NULL.
 * <pre>
 * ObservationsByTarget ::= SEQUENCE { tgtId Uint8, observations SEQUENCE OF -- open type: MbSingleObservation -- }
 * MbSingleObservation  ::= SEQUENCE { obsId Uint8, obs  -- open type, by obsId -- }
 * </pre>
 */
public record Observation(int targetId, int observationId, byte[] value) {

    public Observation {
        if (targetId < 0 || targetId > 255 || observationId < 0 || observationId > 255) {
            throw new IllegalArgumentException("target and observation ids are Uint8");
        }
        value = value.clone();
    }

    /** An observation whose type is NULL (no value). */
    public Observation(int targetId, int observationId) {
        this(targetId, observationId, new byte[0]);
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation b && b.targetId == targetId && b.observationId == observationId
                && Arrays.equals(b.value, value);
    }

    @Override
    public int hashCode() {
        return (targetId * 257 + observationId) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Observation[tgtId=" + targetId + ", obsId=" + observationId
                + (value.length == 0 ? "" : ", obs=" + HexFormat.of().formatHex(value)) + "]";
    }
}
