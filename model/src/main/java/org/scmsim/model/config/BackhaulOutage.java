package org.scmsim.model.config;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The backhaul of a fraction of the RSUs down for a period: those RSUs cannot renew their
 * application certificates (they expire) and OBUs near them cannot download over them.
 *
 * @param name     names the disruption in the results
 * @param start    first day (UTC midnight)
 * @param duration how long it lasts
 * @param fraction share of the RSUs affected (the first ones deployed, deterministic)
 */
public record BackhaulOutage(String name, LocalDate start, Duration duration, double fraction) {

    public BackhaulOutage {
        Disruptions.name(name);
        Check.present("start", start);
        Check.positive("duration", duration);
        Check.fraction("fraction", fraction);
    }
}
