package org.scmsim.model.disruption;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scmsim.model.config.DeploymentDelay;
import org.scmsim.model.config.Scenario;

/**
 * Applies the scenario's deployment delays to the planned join times: every device planned on or
 * after a delay's day joins that much later; devices pushed past the horizon do not join. Devices
 * already deployed before the run start (joining at time 0) are never delayed. Delays apply in
 * file order and add up.
 */
public final class DeploymentShift {

    private static final double WEEK = 7 * 86_400.0;

    private final Scenario scenario;
    private final double horizon;
    private final boolean preStart;
    private final long[] obusDelayed;
    private final long[] rsusDelayed;
    private final double[] obuSecondsLost;
    private final double[] rsuSecondsLost;

    public DeploymentShift(Scenario scenario, double horizon, boolean preStart) {
        this.scenario = scenario;
        this.horizon = horizon;
        this.preStart = preStart;
        int n = scenario.disruptions().deploymentDelays().size();
        obusDelayed = new long[n];
        rsusDelayed = new long[n];
        obuSecondsLost = new double[n];
        rsuSecondsLost = new double[n];
    }

    /** The OBU join times after the delays (sorted, only those before the horizon). */
    public double[] obus(double[] planned) {
        return shift(planned, obusDelayed, obuSecondsLost);
    }

    /** The RSU join times after the delays. */
    public double[] rsus(double[] planned) {
        return shift(planned, rsusDelayed, rsuSecondsLost);
    }

    private double[] shift(double[] planned, long[] delayed, double[] lost) {
        List<DeploymentDelay> delays = scenario.disruptions().deploymentDelays();
        if (delays.isEmpty()) {
            return planned;
        }
        double[] t = planned.clone();
        for (int k = 0; k < delays.size(); k++) {
            DeploymentDelay dd = delays.get(k);
            double from = Math.max(0, ChronoUnit.DAYS.between(scenario.start(), dd.from()) * 86_400.0);
            double by = dd.delay().toNanos() / 1e9;
            for (int i = 0; i < t.length; i++) {
                if (t[i] >= from && t[i] < horizon && !(preStart && t[i] == 0)) {
                    delayed[k]++;
                    lost[k] += Math.min(by, horizon - t[i]);
                    t[i] += by;
                }
            }
        }
        Arrays.sort(t);
        int n = 0;
        while (n < t.length && t[n] < horizon) {
            n++;
        }
        return n == t.length ? t : Arrays.copyOf(t, n);
    }

    /**
     * One impact row per delay: devices delayed, and (under a contract without reallocation) the
     * certificates bought for the delayed device-weeks within the horizon.
     */
    public List<DisruptionImpact> impacts() {
        List<DisruptionImpact> out = new ArrayList<>();
        List<DeploymentDelay> delays = scenario.disruptions().deploymentDelays();
        int perWeek = scenario.policy().pseudonym().perWeek();
        int psids = scenario.policy().application().psids().size();
        for (int k = 0; k < delays.size(); k++) {
            DeploymentDelay dd = delays.get(k);
            double from = ChronoUnit.DAYS.between(scenario.start(), dd.from()) * 86_400.0;
            long lost = dd.certificates() == DeploymentDelay.Reallocation.LOST
                    ? Math.round(obuSecondsLost[k] / WEEK * perWeek + rsuSecondsLost[k] / WEEK * psids) : 0;
            double by = dd.delay().toNanos() / 1e9;
            // recovery: the curve is back on plan (shifted) once the delay has passed
            out.add(new DisruptionImpact(dd.name(), "deployment_delay", from, from + by, 0, 0,
                    by, obusDelayed[k] + rsusDelayed[k], 0, lost, 0, "agency"));
        }
        return out;
    }

    /** OBU-years of service the delay k moved out of the horizon (or later within it). */
    public double obuYearsLost(int k) {
        return obuSecondsLost[k] / (365 * 86_400.0);
    }

    public double rsuYearsLost(int k) {
        return rsuSecondsLost[k] / (365 * 86_400.0);
    }

    public long obuCertificatesLost(int k) {
        return Math.round(obuSecondsLost[k] / WEEK * scenario.policy().pseudonym().perWeek());
    }

    public long rsuCertificatesLost(int k) {
        return Math.round(rsuSecondsLost[k] / WEEK * scenario.policy().application().psids().size());
    }

}
