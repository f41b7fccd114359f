package org.scmsim.model.config;

/**
 * OBU identification certificates for privileged classes (emergency, transit): one per week,
 * generated and downloaded with the pseudonyms, not shuffled, without linkage values.
 *
 * @param perWeek certificates per week per privileged OBU
 */
public record IdentificationPolicy(int perWeek) {

    public IdentificationPolicy {
        Check.range("perWeek", perWeek, 1, 100);
    }
}
