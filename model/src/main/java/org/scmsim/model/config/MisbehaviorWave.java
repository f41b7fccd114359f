package org.scmsim.model.config;

import java.time.LocalDate;

/**
 * So many active OBUs start misbehaving on one day (a compromised firmware, a mass attack).
 *
 * @param at      the day (UTC midnight)
 * @param devices OBUs that start misbehaving then (at most the active OBUs)
 */
public record MisbehaviorWave(LocalDate at, int devices) {

    public MisbehaviorWave {
        Check.present("at", at);
        Check.range("devices", devices, 1, 100_000_000);
    }
}
