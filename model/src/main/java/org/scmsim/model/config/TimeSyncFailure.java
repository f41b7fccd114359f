package org.scmsim.model.config;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A share of the OBUs lose time synchronisation for a period (a GNSS outage, a clock bug): they
 * see their certificates as not yet valid or expired, so they cannot sign (receivers reject their
 * BSMs) although they hold certificates for the week.
 *
 * @param name     names the disruption in the results
 * @param start    first day (UTC midnight)
 * @param duration how long their clocks are wrong
 * @param fraction share of the active OBUs affected, drawn per OBU from the disruption's stream
 */
public record TimeSyncFailure(String name, LocalDate start, Duration duration, double fraction) {

    public TimeSyncFailure {
        Disruptions.name(name);
        Check.present("start", start);
        Check.positive("duration", duration);
        Check.fraction("fraction", fraction);
    }
}
