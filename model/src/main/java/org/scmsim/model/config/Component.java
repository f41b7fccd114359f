package org.scmsim.model.config;

import java.time.Duration;

/**
 * One SCMS component as a capacity-limited server.
 *
 * @param servers     parallel servers (HSMs); each does one operation at a time
 * @param serviceTime how an operation's time varies around its cost: deterministic | exponential | lognormal
 * @param cv          coefficient of variation for lognormal service times
 * @param queueLimit  most jobs waiting; an arrival beyond it is refused and retried by its sender
 *                    (0: unlimited)
 * @param retryAfter  how long a sender waits before resubmitting a refused job
 * @param discipline  {@code fifo}: one queue in arrival order; {@code priority}: devices' own
 *                    requests (enrollment, first batches, downloads, RSU renewals) go before the
 *                    weekly pre-generation slices, without interrupting a job in service
 * @param mtbf        mean time between failures, exponential (zero: never fails)
 * @param mttr        mean time to repair, exponential
 * @param maintenanceEvery  scheduled maintenance window: every this long from the start (zero: none)
 * @param maintenanceLength how long each window keeps the component down
 */
public record Component(int servers, Variability serviceTime, double cv, int queueLimit, Duration retryAfter,
                        Discipline discipline, Duration mtbf, Duration mttr, Duration maintenanceEvery,
                        Duration maintenanceLength) {

    /** Queue discipline. */
    public enum Discipline {
        FIFO,
        PRIORITY
    }

    /** Variability of service time around its mean. */
    public enum Variability {
        DETERMINISTIC,
        EXPONENTIAL,
        LOGNORMAL
    }

    public Component {
        Check.range("servers", servers, 1, 100_000);
        Check.present("serviceTime", serviceTime);
        Check.nonNegative("cv", cv);
        Check.range("queueLimit", queueLimit, 0, Integer.MAX_VALUE);
        Check.positive("retryAfter", retryAfter);
        Check.present("discipline", discipline);
        Check.nonNegative("mtbf", mtbf);
        Check.positive("mttr", mttr);
        Check.nonNegative("maintenanceEvery", maintenanceEvery);
        Check.nonNegative("maintenanceLength", maintenanceLength);
        if (!maintenanceEvery.isZero() && maintenanceLength.compareTo(maintenanceEvery) >= 0) {
            throw new InvalidFieldException("maintenanceLength", "must be shorter than maintenanceEvery ("
                    + maintenanceEvery + "), was " + maintenanceLength);
        }
    }
}
