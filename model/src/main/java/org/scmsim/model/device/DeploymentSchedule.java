package org.scmsim.model.device;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.ToLongFunction;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import umontreal.ssj.rng.RandomStream;

/**
 * Turns the deployment curve into device join instants (seconds from the run's start).
 * Devices of year Y arrive uniformly over Y; those whose instant falls before the run's start
 * are already deployed when it starts (they join at 0, as a retroactive provisioning would).
 */
public final class DeploymentSchedule {

    private DeploymentSchedule() {
    }

    public static double[] obuJoinTimes(Deployment d, LocalDate start, double horizon, RandomStream stream) {
        return joinTimes(d, DeploymentYear::obus, start, horizon, stream);
    }

    public static double[] rsuJoinTimes(Deployment d, LocalDate start, double horizon, RandomStream stream) {
        return joinTimes(d, DeploymentYear::rsus, start, horizon, stream);
    }

    /** Sorted join instants of the devices that join before the horizon. */
    static double[] joinTimes(Deployment d, ToLongFunction<DeploymentYear> count, LocalDate start,
                              double horizon, RandomStream stream) {
        long startEpoch = start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long total = d.years().stream().mapToLong(count).sum();
        double[] out = new double[(int) total];
        int n = 0;
        for (DeploymentYear y : d.years()) {
            long yearStart = LocalDate.of(y.year(), 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - startEpoch;
            long yearEnd = LocalDate.of(y.year() + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - startEpoch;
            long k = count.applyAsLong(y);
            double span = yearEnd - yearStart;
            for (long i = 0; i < k; i++) {
                double u = switch (d.arrivals()) {
                    case EVEN -> 0.5;
                    case STRATIFIED -> stream.nextDouble();
                };
                double t = yearStart + span * (i + u) / k;
                if (t < horizon) {
                    out[n++] = Math.max(0, t);
                }
            }
        }
        double[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }
}
