package org.scmsim.model.config;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The cellular network down for a share of the OBUs for a period (a carrier outage, an expired
 * data plan): their cellular contacts fail, so devices that rely on cellular to top off run down
 * the certificates they hold unless an RSU or home Wi-Fi serves them.
 *
 * @param name     names the disruption in the results
 * @param start    first day (UTC midnight)
 * @param duration how long it lasts
 * @param fraction share of the OBUs that lose cellular (1: all), drawn per OBU from the
 *                 disruption's own random stream
 */
public record CellularOutage(String name, LocalDate start, Duration duration, double fraction) {

    public CellularOutage {
        Disruptions.name(name);
        Check.present("start", start);
        Check.positive("duration", duration);
        Check.fraction("fraction", fraction);
    }
}
