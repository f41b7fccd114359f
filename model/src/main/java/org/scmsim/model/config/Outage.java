package org.scmsim.model.config;

import java.time.Duration;
import java.time.LocalDate;

/**
 * An SCMS component down for a period (an incident, not the random MTBF/MTTR failures): requests
 * queue at it, devices run down the certificates they hold.
 *
 * @param name      names the disruption in the results
 * @param component the component that is down
 * @param start     first day of the outage (UTC midnight)
 * @param duration  how long it lasts
 */
public record Outage(String name, Target component, LocalDate start, Duration duration) {

    /** Components an outage can take down. */
    public enum Target {
        ECA,
        RA,
        LA1,
        LA2,
        /** Both linkage authorities. */
        LA,
        PCA
    }

    public Outage {
        Disruptions.name(name);
        Check.present("component", component);
        Check.present("start", start);
        Check.positive("duration", duration);
    }
}
