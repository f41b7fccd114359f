package org.scmsim.crypto.misbehavior;

/**
 * One detected misbehavior, as J3287 numbers them: a target (e.g. 5 = longitudinal acceleration)
 * and an observation id (e.g. 4 = value too large).
 */
public record Observation(int targetId, int observationId) {

    public Observation {
        if (targetId < 0 || targetId > 255 || observationId < 0 || observationId > 255) {
            throw new IllegalArgumentException("target and observation ids are Uint8");
        }
    }
}
