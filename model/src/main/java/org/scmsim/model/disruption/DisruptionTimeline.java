package org.scmsim.model.disruption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.scmsim.model.config.BackhaulOutage;
import org.scmsim.model.config.CaExposure;
import org.scmsim.model.config.CellularOutage;
import org.scmsim.model.config.MassRevocation;
import org.scmsim.model.config.Outage;
import org.scmsim.model.config.RequestStorm;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.ScmsLaunchDelay;
import org.scmsim.model.config.TimeSyncFailure;
import org.scmsim.model.device.Ledger;
import org.scmsim.model.device.Measure;
import org.scmsim.model.device.ObuLife;
import org.scmsim.model.device.RsuLife;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.misbehavior.MisbehaviorModel;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.scms.ComponentId;
import org.scmsim.model.scms.Provisioning;
import org.scmsim.model.scms.ScmsComponent;
import umontreal.ssj.rng.RandomStream;

/**
 * Puts the scenario's disruptions on the calendar and measures what each caused.
 *
 * <p>An outage takes its components down (as an incident, on top of random failures and
 * maintenance) from its start for its duration; requests queue. A backhaul outage cuts the first
 * RSUs deployed off the RA; a cellular outage cuts a share of the OBUs (drawn per OBU) off the
 * cellular network; a time-sync failure makes a share of the active OBUs see their certificates as
 * invalid (they count as out of certificates); a request storm sends duplicate provisioning
 * requests to the RA (a Poisson stream, {@code requestsPerHour} per affected OBU); a mass
 * revocation has the MA revoke the first active OBUs deployed (RA blacklist, next CRL); a policy
 * change is applied by the model at its week boundary (see {@link PolicySchedule}) and measured
 * here; an SCMS launch delay keeps the ECA, RA, LAs and PCA down from the start until go-live, so
 * every device deployed before (those of years before the start too) is provisioned then.
 *
 * <p>Each is measured the same way: from its start until recovery the timeline integrates the OBUs
 * and RSUs without a valid certificate beyond the number that were without one when it began;
 * recovery is the first hourly check after its end at which the components' backlog and the
 * numbers of devices without certificates are back to their level at the start. A mass revocation
 * is measured to the horizon (revoked devices do not come back).
 *
 * <p>A CA key exposure revokes the credentials of the affected share of the active devices (OBUs
 * for a PCA, RSUs for the application CA, all for the root or ECA), first deployed first: they
 * cannot sign and get nothing from the SCMS. They are bootstrapped again in that order at the
 * re-bootstrap capacity (devices per day, spread evenly); each then enrolls and is provisioned as a
 * new device is, so its downtime shows in the run's out-of-certificate figures. Recovery is
 * measured from the exposure, checked from the last re-bootstrap on.
 */
public final class DisruptionTimeline {

    private static final double DAY = 86_400.0;
    private static final double WEEK = 7 * DAY;
    private static final double CHECK = 3_600.0;
    private static final int BEFORE_WEEK_START = -20;   // before the model's week boundary events

    private final Simulation sim;
    private final Scenario scenario;
    private final Provisioning scms;
    private final ObuLife obus;
    private final RsuLife rsus;
    private final double horizon;
    private final RandomStreams streams;
    private final Ledger ledger;
    private final MisbehaviorModel misbehavior;
    private final List<Tracked> tracked = new ArrayList<>();
    private final double[] rebootstrapsByDay;
    private final org.scmsim.model.engine.EventHandler onObuRebootstrapped;
    private final org.scmsim.model.engine.EventHandler onRsuRebootstrapped;
    private int backhaulDownTo;   // RSUs [0, backhaulDownTo) have their backhaul down
    private int backhaulCauses;
    private byte[] cellularDown;  // by OBU: cellular outages it is in now
    private byte[] clockWrong;    // by OBU: time-sync failures it is in now
    private double[] obuJoin = new double[0];
    private double[] rsuJoin = new double[0];

    public DisruptionTimeline(Simulation sim, Scenario scenario, Provisioning scms, ObuLife obus, RsuLife rsus,
                              double horizon, RandomStreams streams, Ledger ledger, MisbehaviorModel misbehavior) {
        this.sim = sim;
        this.scenario = scenario;
        this.scms = scms;
        this.obus = obus;
        this.rsus = rsus;
        this.horizon = horizon;
        this.streams = streams;
        this.ledger = ledger;
        this.misbehavior = misbehavior;
        this.rebootstrapsByDay = new double[(int) Math.ceil(horizon / DAY) + 1];
        this.onObuRebootstrapped = obus::rebootstrapped;
        this.onRsuRebootstrapped = rsus::rebootstrapped;
        rsus.backhaulDownWhen(r -> r < backhaulDownTo);
        if (!scenario.disruptions().cellularOutages().isEmpty()) {
            cellularDown = new byte[obus.count()];
            obus.cellularDownWhen(d -> cellularDown[d] > 0);
        }
    }

    private double at(LocalDate day) {
        return ChronoUnit.DAYS.between(scenario.start(), day) * DAY;
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    /** Schedules every disruption that starts within the horizon. */
    public void schedule() {
        var ds = scenario.disruptions();
        for (Outage o : ds.outages()) {
            double start = Math.max(0, at(o.start()));
            track(new Tracked(o.name(), "outage", start, start + seconds(o.duration()), components(o.component())),
                    t -> { });
        }
        for (BackhaulOutage b : ds.backhaulOutages()) {
            double start = Math.max(0, at(b.start()));
            Tracked t = new Tracked(b.name(), "backhaul_outage", start, start + seconds(b.duration()), List.of());
            t.rsusDown = (int) Math.round(b.fraction() * rsus.count());
            t.affected = t.rsusDown;
            track(t, x -> { });
        }
        for (CaExposure e : ds.caExposures()) {
            double t = at(e.at());
            if (t >= 0 && t < horizon) {
                Tracked x = new Tracked(e.name(), "ca_exposure", t, t, pseudonymPath());
                tracked.add(x);
                sim.at(t, () -> expose(e, x));
            }
        }
        for (CellularOutage c : ds.cellularOutages()) {
            double start = Math.max(0, at(c.start()));
            track(new Tracked(c.name(), "cellular_outage", start, start + seconds(c.duration()), List.of()),
                    t -> cellular(c, t));
        }
        for (TimeSyncFailure f : ds.timeSyncFailures()) {
            double start = Math.max(0, at(f.start()));
            track(new Tracked(f.name(), "time_sync_failure", start, start + seconds(f.duration()), List.of()),
                    t -> clocks(f, t));
        }
        for (RequestStorm r : ds.requestStorms()) {
            double start = Math.max(0, at(r.start()));
            track(new Tracked(r.name(), "request_storm", start, start + seconds(r.duration()),
                    List.of(scms.component(ComponentId.RA))), t -> storm(r, t));
        }
        for (ScmsLaunchDelay l : ds.scmsLaunchDelays()) {
            double live = Math.max(0, at(l.until()));
            if (live > 0) {
                Tracked t = new Tracked(l.name(), "scms_launch_delay", 0, live, pseudonymPath());
                t.launch = l;
                tracked.add(t);
                sim.at(0, BEFORE_WEEK_START, () -> begin(t));   // down before the first device asks
            }
        }
        for (MassRevocation m : ds.massRevocations()) {
            double start = Math.max(0, at(m.at()));
            Tracked t = new Tracked(m.name(), "mass_revocation", start, start, List.of());
            t.toHorizon = true;
            track(t, x -> revoke(m, x));
        }
    }

    /**
     * A policy change taking effect at the start of week {@code week}: measured from just before
     * that week's pre-generation job, checked for recovery from one week later (its first job done).
     */
    public void policyChange(String name, int week) {
        double start = week * WEEK;
        if (start < horizon) {
            Tracked t = new Tracked(name, "policy_change", start, Math.min(horizon, start + WEEK), pseudonymPath());
            tracked.add(t);
            sim.at(start, BEFORE_WEEK_START, () -> {
                t.affected = obus.active();
                begin(t);
            });
        }
    }

    private void track(Tracked t, java.util.function.Consumer<Tracked> action) {
        if (t.start < horizon) {
            tracked.add(t);
            sim.at(t.start, () -> {
                begin(t);
                action.accept(t);
            });
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

    /** The components a pseudonym request passes (their backlog must be back for recovery). */
    private List<ScmsComponent> pseudonymPath() {
        return List.of(scms.component(ComponentId.ECA), scms.component(ComponentId.RA),
                scms.component(ComponentId.LA1), scms.component(ComponentId.LA2), scms.component(ComponentId.PCA));
    }

    // ---- every disruption: start, end, recovery

    private void begin(Tracked t) {
        double now = sim.now();
        t.obuOut0 = obus.outOfCertificates();
        t.rsuOut0 = rsus.outOfCertificates();
        t.obuIntegral0 = obus.outGauge().integral(now);
        t.rsuIntegral0 = rsus.outGauge().integral(now);
        ScmsComponent ra = scms.component(ComponentId.RA);
        t.raWaitSum0 = ra.waits().sum();
        t.raWaitCount0 = ra.waits().count();
        for (ScmsComponent c : t.components) {
            t.backlog0 += c.backlogCertificates();
            t.queue0 += c.waiting();
            if (t.kind.equals("outage") || t.launch != null) {
                c.setUp(false);
            }
        }
        if (t.rsusDown > 0) {
            backhaulCauses++;
            backhaulDownTo = Math.max(backhaulDownTo, t.rsusDown);
        }
        if (!t.toHorizon) {
            sim.at(Math.min(t.end, horizon), () -> end(t));
        }
    }

    private void end(Tracked t) {
        ScmsComponent ra = scms.component(ComponentId.RA);
        long n = ra.waits().count() - t.raWaitCount0;
        t.raWait = n == 0 ? Double.NaN : (ra.waits().sum() - t.raWaitSum0) / n;
        if (sim.now() >= horizon && t.end > horizon) {
            return;   // still going at the horizon: measured by finish()
        }
        if (t.kind.equals("outage") || t.launch != null) {
            for (ScmsComponent c : t.components) {
                c.setUp(true);
            }
        }
        if (t.launch != null) {
            waitedForLaunch(t);
        }
        if (t.rsusDown > 0 && --backhaulCauses == 0) {
            backhaulDownTo = 0;
        }
        if (t.undo != null) {
            t.undo.run();
        }
        if (sim.now() >= t.checkFrom) {
            check(t);
        } else {
            sim.at(t.checkFrom, () -> check(t));
        }
    }

    private void check(Tracked t) {
        long backlog = 0;
        long queue = 0;
        for (ScmsComponent c : t.components) {
            backlog += c.backlogCertificates();
            queue += c.waiting();
        }
        // a storm's duplicates carry no certificates: its recovery also waits for the RA's queue to drain
        boolean drained = !t.kind.equals("request_storm") || queue <= t.queue0;
        if (backlog <= t.backlog0 && drained && obus.outOfCertificates() <= t.obuOut0 && rsus.outOfCertificates() <= t.rsuOut0) {
            close(t, sim.now());
            t.recovery = sim.now() - t.end;
        } else if (sim.now() + CHECK < horizon) {
            sim.after(CHECK, () -> check(t));
        }
    }

    private void close(Tracked t, double now) {
        double span = now - t.start;
        t.obuHours = hours(obus.outGauge().integral(now) - t.obuIntegral0 - t.obuOut0 * span);
        t.rsuHours = hours(rsus.outGauge().integral(now) - t.rsuIntegral0 - t.rsuOut0 * span);
        int from = (int) (t.start / DAY);
        int to = Math.min(ledger.days(), (int) Math.ceil(now / DAY));
        t.unsigned = to > from ? ledger.sum(Measure.UNSIGNED_DRIVING_HOURS, from, to) : 0;
        t.closed = true;
    }

    /** Device-seconds beyond the baseline as hours; rounding residue of the integrals (under a millisecond) is 0. */
    private static double hours(double deviceSeconds) {
        return deviceSeconds < 1e-3 ? 0 : deviceSeconds / 3600;
    }

    // ---- CA key exposure

    private void expose(CaExposure e, Tracked t) {
        begin(t);
        int obuAffected = e.affectsObus() ? (int) Math.round(e.fraction() * obus.active()) : 0;
        int rsuAffected = e.affectsRsus() ? (int) Math.round(e.fraction() * rsus.active()) : 0;
        int[] obuIds = firstActive(obuAffected, obus.count(), obus::isActive);
        int[] rsuIds = firstActive(rsuAffected, rsus.count(), rsus::isActive);
        long n = obuIds.length + rsuIds.length;
        double perDay = e.rebootstrapPerDay() > 0 ? e.rebootstrapPerDay()
                : scenario.deployment().installers() * scenario.deployment().installsPerDay();
        double each = DAY / perDay;
        double now = sim.now();
        for (int d : obuIds) {
            obus.credentialsRevoked(d);
        }
        for (int r : rsuIds) {
            rsus.credentialsRevoked(r);
        }
        // device k (0-based, deployment order: OBUs then RSUs) is done at now + (k + 1) * each
        for (int k = 0; k < n; k++) {
            double done = now + (k + 1) * each;
            if (done >= horizon) {
                break;
            }
            rebootstrapsByDay[(int) (done / DAY)]++;
            if (k < obuIds.length) {
                sim.at(done, onObuRebootstrapped, obuIds[k]);
            } else {
                sim.at(done, onRsuRebootstrapped, rsuIds[k - obuIds.length]);
            }
        }
        t.affected = n;
        t.rebootstrapped = n;
        t.checkFrom = now + n * each;   // end() (due now) checks for recovery from the last re-bootstrap
    }

    private static int[] firstActive(int count, int n, java.util.function.IntPredicate active) {
        int[] ids = new int[count];
        int k = 0;
        for (int d = 0; d < n && k < count; d++) {
            if (active.test(d)) {
                ids[k++] = d;
            }
        }
        return k == count ? ids : java.util.Arrays.copyOf(ids, k);
    }

    // ---- SCMS launch delay

    /** Whether the SCMS goes live after the start: devices deployed before it are not provisioned yet. */
    public boolean scmsLiveLate() {
        for (ScmsLaunchDelay l : scenario.disruptions().scmsLaunchDelays()) {
            if (at(l.until()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The devices' join times (the model's deployment curve after delays), for the launch delay's figures. */
    public void deviceJoins(double[] obuJoin, double[] rsuJoin) {
        this.obuJoin = obuJoin;
        this.rsuJoin = rsuJoin;
    }

    /**
     * Go-live: every device deployed before waited from its deployment (or the start) for the SCMS;
     * under a contract that loses them, the certificates of those weeks are lost.
     */
    private void waitedForLaunch(Tracked t) {
        double live = t.end;
        double obuSeconds = 0;
        long devices = 0;
        for (double j : obuJoin) {
            if (j < live) {
                obuSeconds += live - j;
                devices++;
            }
        }
        double rsuSeconds = 0;
        for (double j : rsuJoin) {
            if (j < live) {
                rsuSeconds += live - j;
                devices++;
            }
        }
        t.obuWaitHours = obuSeconds / 3600;
        t.rsuWaitHours = rsuSeconds / 3600;
        t.affected = devices;
        if (t.launch.certificates() == org.scmsim.model.config.DeploymentDelay.Reallocation.LOST) {
            t.certificatesLost = Math.round(obuSeconds / WEEK * scenario.policy().pseudonym().perWeek()
                    + rsuSeconds / WEEK * scenario.policy().application().psids().size());
        }
    }

    /** Devices re-bootstrapped on each simulated day (for pricing). */
    public double rebootstrapsOnDay(int day) {
        return day < rebootstrapsByDay.length ? rebootstrapsByDay[day] : 0;
    }

    // ---- cellular outage, time-sync failure

    private boolean[] draw(String name, double fraction, int n) {
        RandomStream s = streams.stream("disruption." + name);
        boolean[] in = new boolean[n];
        for (int d = 0; d < n; d++) {
            in[d] = s.nextDouble() < fraction;
        }
        return in;
    }

    private void cellular(CellularOutage c, Tracked t) {
        boolean[] in = draw(c.name(), c.fraction(), obus.count());
        long affected = 0;
        for (int d = 0; d < in.length; d++) {
            if (in[d]) {
                cellularDown[d]++;
                if (obus.isActive(d)) {
                    affected++;
                }
            }
        }
        t.affected = affected;
        t.undo = () -> {
            for (int d = 0; d < in.length; d++) {
                if (in[d]) {
                    cellularDown[d]--;
                }
            }
            obus.cellularRestored();
        };
    }

    private void clocks(TimeSyncFailure f, Tracked t) {
        boolean[] in = draw(f.name(), f.fraction(), obus.count());
        if (clockWrong == null) {
            clockWrong = new byte[obus.count()];
        }
        long affected = 0;
        for (int d = 0; d < in.length; d++) {
            in[d] &= obus.isActive(d);   // devices installed later set their clock then
            if (in[d]) {
                affected++;
                if (clockWrong[d]++ == 0) {
                    obus.clockWrong(d, true);
                }
            }
        }
        t.affected = affected;
        t.undo = () -> {
            for (int d = 0; d < in.length; d++) {
                if (in[d] && --clockWrong[d] == 0) {
                    obus.clockWrong(d, false);
                }
            }
        };
    }

    // ---- request storm

    private void storm(RequestStorm r, Tracked t) {
        long devices = Math.round(r.fraction() * obus.active());
        t.affected = devices;
        if (devices == 0) {
            return;
        }
        RandomStream s = streams.stream("disruption." + r.name());
        double rate = devices * r.requestsPerHour() / 3600.0;   // per second, all affected OBUs together
        double stop = Math.min(t.end, horizon);
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            scms.duplicateRequest(-1);
            t.requests++;
            double at = sim.now() - Math.log1p(-s.nextDouble()) / rate;
            if (at < stop) {
                sim.at(at, next[0]);
            }
        };
        double first = sim.now() - Math.log1p(-s.nextDouble()) / rate;
        if (first < stop) {
            sim.at(first, next[0]);
        }
    }

    // ---- mass revocation

    private void revoke(MassRevocation m, Tracked t) {
        int count = m.devices() > 0 ? (int) Math.min(m.devices(), obus.active())
                : (int) Math.round(m.fraction() * obus.active());
        int[] ids = firstActive(count, obus.count(), d -> obus.isActive(d) && !scms.isBlacklisted(d));
        // the MA orders them revoked: the RA blacklists them, the next CRL lists them
        t.affected = misbehavior.revokeNow(ids);
    }

    // ---- results

    /** Closes what is still open at the horizon and returns one impact per disruption. */
    public List<DisruptionImpact> finish() {
        List<DisruptionImpact> out = new ArrayList<>();
        for (Tracked t : tracked) {
            if (!t.closed) {
                close(t, Math.min(sim.now(), horizon));
                t.recovery = Double.NaN;
            }
            out.add(new DisruptionImpact(t.name, t.kind, t.start, t.end, t.obuHours + t.obuWaitHours,
                    t.rsuHours + t.rsuWaitHours, t.recovery, t.affected, t.rebootstrapped, t.certificatesLost, 0,
                    "agency", t.requests, t.unsigned, t.raWait));
        }
        return out;
    }

    /** One disruption being measured. */
    private static final class Tracked {
        final String name;
        final String kind;
        final double start;
        final double end;
        final List<ScmsComponent> components;
        double checkFrom;
        int rsusDown;
        boolean toHorizon;
        Runnable undo;
        ScmsLaunchDelay launch;
        double obuWaitHours;   // devices deployed before go-live, waiting for it (not yet enrolled)
        double rsuWaitHours;
        long certificatesLost;
        long affected;
        long rebootstrapped;
        long requests;
        long obuOut0;
        long rsuOut0;
        double obuIntegral0;
        double rsuIntegral0;
        double raWaitSum0;
        long raWaitCount0;
        long backlog0;
        long queue0;
        double obuHours;
        double rsuHours;
        double unsigned = Double.NaN;
        double raWait = Double.NaN;
        double recovery = Double.NaN;
        boolean closed;

        Tracked(String name, String kind, double start, double end, List<ScmsComponent> components) {
            this.name = name;
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.checkFrom = end;
            this.components = components;
        }
    }
}
