package org.scmsim.model.config;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A firmware bug makes a share of the OBUs send their provisioning request again and again for a
 * period: the RA validates each one (a request validation) before it finds it a duplicate, so its
 * load, queue and waits rise for everyone.
 *
 * @param name            names the disruption in the results
 * @param start           first day (UTC midnight)
 * @param duration        how long the bug lasts (until the fix is pushed)
 * @param fraction        share of the active OBUs with the bug at the start
 * @param requestsPerHour repeated requests per affected OBU per hour (Poisson)
 */
public record RequestStorm(String name, LocalDate start, Duration duration, double fraction,
                           double requestsPerHour) {

    public RequestStorm {
        Disruptions.name(name);
        Check.present("start", start);
        Check.positive("duration", duration);
        Check.fraction("fraction", fraction);
        Check.positive("requestsPerHour", requestsPerHour);
        if (requestsPerHour > 3_600) {
            throw new InvalidFieldException("requestsPerHour", "must be at most 3600 (one a second), was "
                    + requestsPerHour);
        }
    }
}
