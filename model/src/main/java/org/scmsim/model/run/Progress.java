package org.scmsim.model.run;

import java.time.LocalDate;

/**
 * Where a running replication is, reported once per simulated day (so at a rate bounded by the
 * horizon, whatever the fleet size). Listeners must be quick and must not touch the model.
 *
 * @param date              the simulated day just closed
 * @param simulatedSeconds  simulated time reached
 * @param horizonSeconds    simulated time the run ends at
 * @param eventsProcessed   events fired so far
 * @param obusActive        OBUs enrolled and not retired
 * @param obusWithoutCertificate OBUs without a valid pseudonym for the current week
 * @param backlogCertificates certificates asked for and not yet issued
 */
public record Progress(LocalDate date, double simulatedSeconds, double horizonSeconds, long eventsProcessed,
                       int obusActive, int obusWithoutCertificate, long backlogCertificates) {

    /** Fraction of the horizon simulated, 0..1. */
    public double fraction() {
        return Math.min(1, simulatedSeconds / horizonSeconds);
    }

    /** Receives progress reports. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = p -> { };

        void progress(Progress p);
    }
}
