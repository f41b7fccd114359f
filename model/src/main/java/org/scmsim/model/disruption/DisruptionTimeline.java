package org.scmsim.model.disruption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.scmsim.model.config.BackhaulOutage;
import org.scmsim.model.config.CaExposure;
import org.scmsim.model.config.Outage;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.device.ObuLife;
import org.scmsim.model.device.RsuLife;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.scms.ComponentId;
import org.scmsim.model.scms.Provisioning;
import org.scmsim.model.scms.ScmsComponent;

/**
 * Puts the scenario's outages, backhaul outages and CA exposures on the calendar and measures what
 * each caused.
 *
 * <p>An outage takes its components down (as an incident, on top of random failures and
 * maintenance) from its start for its duration; requests queue. From its start until recovery the
 * timeline integrates the OBUs and RSUs without a valid certificate beyond the number that were
 * without one when it began; recovery is the first hourly check after its end at which the
 * components' backlog and the numbers of devices without certificates are back to their level at
 * the start.
 *
 * <p>A CA key exposure revokes the certificates under the CA on its day: the affected share of the
 * active devices (OBUs for a PCA, RSUs for the application CA, all for the root or ECA) must be
 * bootstrapped again in a secure environment, in deployment order, at the re-bootstrap capacity
 * (devices per day, spread evenly); each is without valid credentials from the exposure until its
 * turn. Recovery time is when the last one is done. The re-bootstrap queue is computed at the
 * exposure, not simulated device by device in the certificate life (the affected devices keep their
 * provisioning state in the rest of the model).
 */
public final class DisruptionTimeline {

    private static final double DAY = 86_400.0;
    private static final double CHECK = 3_600.0;

    private final Simulation sim;
    private final Scenario scenario;
    private final Provisioning scms;
    private final ObuLife obus;
    private final RsuLife rsus;
    private final double horizon;
    private final List<Tracked> tracked = new ArrayList<>();
    private final List<DisruptionImpact> exposures = new ArrayList<>();
    private final double[] rebootstrapsByDay;
    private int backhaulDownTo;   // RSUs [0, backhaulDownTo) have their backhaul down
    private int backhaulCauses;

    public DisruptionTimeline(Simulation sim, Scenario scenario, Provisioning scms, ObuLife obus, RsuLife rsus,
                              double horizon) {
        this.sim = sim;
        this.scenario = scenario;
        this.scms = scms;
        this.obus = obus;
        this.rsus = rsus;
        this.horizon = horizon;
        this.rebootstrapsByDay = new double[(int) Math.ceil(horizon / DAY) + 1];
        rsus.backhaulDownWhen(r -> r < backhaulDownTo);
    }

    private double at(LocalDate day) {
        return ChronoUnit.DAYS.between(scenario.start(), day) * DAY;
    }

    /** Schedules every outage and exposure that starts within the horizon. */
    public void schedule() {
        for (Outage o : scenario.disruptions().outages()) {
            double start = Math.max(0, at(o.start()));
            if (start < horizon) {
                Tracked t = new Tracked(o.name(), "outage", start, start + o.duration().toNanos() / 1e9, components(o.component()), 0);
                tracked.add(t);
                sim.at(start, () -> begin(t));
            }
        }
        for (BackhaulOutage b : scenario.disruptions().backhaulOutages()) {
            double start = Math.max(0, at(b.start()));
            if (start < horizon) {
                int count = (int) Math.round(b.fraction() * rsus.count());
                Tracked t = new Tracked(b.name(), "backhaul_outage", start, start + b.duration().toNanos() / 1e9,
                        List.of(), count);
                tracked.add(t);
                sim.at(start, () -> begin(t));
            }
        }
        for (CaExposure e : scenario.disruptions().caExposures()) {
            double t = at(e.at());
            if (t >= 0 && t < horizon) {
                sim.at(t, () -> expose(e));
            }
        }
    }

    private List<ScmsComponent> components(Outage.Target target) {
        return switch (target) {
            case ECA -> List.of(scms.component(ComponentId.ECA));
            case RA -> List.of(scms.component(ComponentId.RA));
            case LA1 -> List.of(scms.component(ComponentId.LA1));
            case LA2 -> List.of(scms.component(ComponentId.LA2));
            case LA -> List.of(scms.component(ComponentId.LA1), scms.component(ComponentId.LA2));
            case PCA -> List.of(scms.component(ComponentId.PCA));
        };
    }

    // ---- outages

    private void begin(Tracked t) {
        double now = sim.now();
        t.obuOut0 = obus.outOfCertificates();
        t.rsuOut0 = rsus.outOfCertificates();
        t.obuIntegral0 = obus.outGauge().integral(now);
        t.rsuIntegral0 = rsus.outGauge().integral(now);
        for (ScmsComponent c : t.components) {
            t.backlog0 += c.backlogCertificates();
            c.setUp(false);
        }
        if (t.rsusAffected > 0) {
            backhaulCauses++;
            backhaulDownTo = Math.max(backhaulDownTo, t.rsusAffected);
        }
        sim.at(Math.min(t.end, horizon), () -> end(t));
    }

    private void end(Tracked t) {
        if (sim.now() >= horizon && t.end > horizon) {
            return;   // still going at the horizon: measured by finish()
        }
        for (ScmsComponent c : t.components) {
            c.setUp(true);
        }
        if (t.rsusAffected > 0 && --backhaulCauses == 0) {
            backhaulDownTo = 0;
        }
        check(t);
    }

    private void check(Tracked t) {
        long backlog = 0;
        for (ScmsComponent c : t.components) {
            backlog += c.backlogCertificates();
        }
        if (backlog <= t.backlog0 && obus.outOfCertificates() <= t.obuOut0 && rsus.outOfCertificates() <= t.rsuOut0) {
            close(t, sim.now());
            t.recovery = sim.now() - t.end;
        } else if (sim.now() + CHECK < horizon) {
            sim.after(CHECK, () -> check(t));
        }
    }

    private void close(Tracked t, double now) {
        double span = now - t.start;
        t.obuHours = Math.max(0, (obus.outGauge().integral(now) - t.obuIntegral0 - t.obuOut0 * span) / 3600);
        t.rsuHours = Math.max(0, (rsus.outGauge().integral(now) - t.rsuIntegral0 - t.rsuOut0 * span) / 3600);
        t.closed = true;
    }

    // ---- CA key exposure

    private void expose(CaExposure e) {
        long obuAffected = e.affectsObus() ? Math.round(e.fraction() * obus.active()) : 0;
        long rsuAffected = e.affectsRsus() ? Math.round(e.fraction() * rsus.active()) : 0;
        long n = obuAffected + rsuAffected;
        double perDay = e.rebootstrapPerDay() > 0 ? e.rebootstrapPerDay()
                : scenario.deployment().installers() * scenario.deployment().installsPerDay();
        double each = DAY / perDay;
        double now = sim.now();
        // device k (0-based, deployment order: OBUs then RSUs) is done at now + (k + 1) * each
        double obuHours = 0;
        double rsuHours = 0;
        for (long k = 0; k < n; k++) {
            double done = now + (k + 1) * each;
            double hours = (Math.min(done, horizon) - now) / 3600;
            if (k < obuAffected) {
                obuHours += hours;
            } else {
                rsuHours += hours;
            }
            if (done < horizon) {
                rebootstrapsByDay[(int) (done / DAY)]++;
            }
        }
        double last = now + n * each;
        exposures.add(new DisruptionImpact(e.name(), "ca_exposure", now, now, obuHours, rsuHours,
                last <= horizon ? n * each : Double.NaN, n, n, 0, 0, ""));
    }

    /** Devices re-bootstrapped on each simulated day (for pricing). */
    public double rebootstrapsOnDay(int day) {
        return day < rebootstrapsByDay.length ? rebootstrapsByDay[day] : 0;
    }

    /** Closes what is still open at the horizon and returns one impact per outage and exposure. */
    public List<DisruptionImpact> finish() {
        List<DisruptionImpact> out = new ArrayList<>();
        for (Tracked t : tracked) {
            if (!t.closed) {
                close(t, Math.min(sim.now(), horizon));
                t.recovery = Double.NaN;
            }
            out.add(new DisruptionImpact(t.name, t.kind, t.start, t.end, t.obuHours, t.rsuHours, t.recovery,
                    t.rsusAffected > 0 ? t.rsusAffected : 0, 0, 0, 0, "agency"));
        }
        out.addAll(exposures);
        return out;
    }

    /** One outage being measured. */
    private static final class Tracked {
        final String name;
        final String kind;
        final double start;
        final double end;
        final List<ScmsComponent> components;
        final int rsusAffected;
        long obuOut0;
        long rsuOut0;
        double obuIntegral0;
        double rsuIntegral0;
        long backlog0;
        double obuHours;
        double rsuHours;
        double recovery = Double.NaN;
        boolean closed;

        Tracked(String name, String kind, double start, double end, List<ScmsComponent> components, int rsusAffected) {
            this.name = name;
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.components = components;
            this.rsusAffected = rsusAffected;
        }
    }
}
