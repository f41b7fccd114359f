package org.scmsim.model.scms;

import java.util.function.IntConsumer;
import org.scmsim.model.config.Component;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.engine.Station;
import org.scmsim.model.stats.Tally;
import org.scmsim.model.stats.TimeWeighted;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * One SCMS component as {@code servers} HSMs in front of a FIFO queue. A job is a request id; its
 * work (seconds of one server at the operations' cost) is varied by the component's service-time
 * model when its service starts. The component counts the certificates in its care (its
 * backlog), refuses arrivals beyond its queue limit, and fails and recovers by MTBF/MTTR.
 *
 * <p>Outages are changes of the underlying {@link Station}'s availability, so other causes
 * (scheduled windows, an incident) can take it down the same way through {@link #setUp}.
 */
public final class ScmsComponent {

    /** Whether a job was taken. */
    public enum Admission {
        ACCEPTED,
        REFUSED
    }

    private final Simulation sim;
    private final ComponentId id;
    private final Component spec;
    private final Requests requests;
    private final RandomStream service;
    private final RandomStream failures;
    private final Station station;
    private final IntConsumer done;
    private final TimeWeighted backlog;
    private final TimeWeighted down;
    private final Tally waits = new Tally();
    private final boolean priority;
    private int[] held = new int[64];   // pre-generation slices waiting behind devices' requests (priority)
    private int heldHead;
    private int heldCount;
    private int downCauses;
    private long backlogCerts;
    private long refused;
    private long completed;
    private long certsDone;
    private int outages;
    private boolean failed;
    private int peakWaiting;   // issue 6: most jobs waiting since the last takePeakWaiting()

    ScmsComponent(Simulation sim, ComponentId id, Component spec, Requests requests, RandomStream service,
                  RandomStream failures, IntConsumer done) {
        this.sim = sim;
        this.id = id;
        this.spec = spec;
        this.requests = requests;
        this.service = service;
        this.failures = failures;
        this.done = done;
        this.station = new Station(sim, id.key(), spec.servers(), this::serviceTime, this::departed);
        this.backlog = new TimeWeighted(sim.now(), 0);
        this.down = new TimeWeighted(sim.now(), 0);
        this.priority = spec.discipline() == Component.Discipline.PRIORITY;
        if (!spec.mtbf().isZero()) {
            sim.after(exp(seconds(spec.mtbf())), this::fail);
        }
        if (!spec.maintenanceEvery().isZero() && !spec.maintenanceLength().isZero()) {
            sim.after(seconds(spec.maintenanceEvery()), this::maintenanceStarts);
        }
    }

    public ComponentId id() {
        return id;
    }

    /** A job arrives with {@code work} seconds of server time for its request's certificates. */
    Admission submit(int request, double work) {
        if (spec.queueLimit() > 0 && station.queueSize() >= spec.queueLimit()) {
            refused++;
            return Admission.REFUSED;
        }
        requests.setWork(request, work);
        requests.setAt(request, id);
        requests.setArrived(request, sim.now());
        backlogCerts += requests.certs(request);
        backlog.update(sim.now(), backlogCerts);
        if (priority && isJobSlice(request)) {
            hold(request);
            release();
        } else {
            station.arrive(request);
        }
        peakWaiting = Math.max(peakWaiting, waiting());
        return Admission.ACCEPTED;
    }

    // ---- priority: a pre-generation slice enters the station only when no device request waits
    // and a server is free, so it never delays a device's request by more than one service

    private boolean isJobSlice(int request) {
        RequestKind k = requests.kind(request);
        return k == RequestKind.PREGENERATION || (k == RequestKind.IDENTIFICATION && requests.device(request) < 0);
    }

    private void hold(int request) {
        if (heldCount == held.length) {
            int[] n = new int[held.length * 2];
            for (int k = 0; k < heldCount; k++) {
                n[k] = held[(heldHead + k) % held.length];
            }
            held = n;
            heldHead = 0;
        }
        held[(heldHead + heldCount) % held.length] = request;
        heldCount++;
    }

    private void release() {
        while (heldCount > 0 && station.isUp() && station.queueSize() == 0
                && station.busy() < station.servers()) {
            int r = held[heldHead];
            heldHead = (heldHead + 1) % held.length;
            heldCount--;
            station.arrive(r);
        }
    }

    /** Jobs waiting: in the station's queue, and held back by priority. */
    public int waiting() {
        return station.queueSize() + heldCount;
    }

    /** Waiting times (arrival to start of service) of every job that started service. */
    public Tally waits() {
        return waits;
    }

    /** Delay before a refused sender retries. */
    double retryAfter() {
        return seconds(spec.retryAfter());
    }

    private double serviceTime(int request) {
        waits.add(sim.now() - requests.arrived(request));
        double mean = requests.work(request);
        return switch (spec.serviceTime()) {
            case DETERMINISTIC -> mean;
            case EXPONENTIAL -> -mean * Math.log1p(-service.nextDouble());
            case LOGNORMAL -> {
                if (spec.cv() == 0) {
                    yield mean;
                }
                double s2 = Math.log1p(spec.cv() * spec.cv());
                yield mean * Math.exp(-s2 / 2 + Math.sqrt(s2) * NormalDist.inverseF01(service.nextDouble()));
            }
        };
    }

    private void departed(int request, double sojourn) {
        int c = requests.certs(request);
        backlogCerts -= c;
        backlog.update(sim.now(), backlogCerts);
        completed++;
        certsDone += c;
        done.accept(request);
        if (priority) {
            release();
        }
    }

    // ---- availability

    /**
     * One cause takes the component down (false) or ends (true); it is down while any cause
     * lasts (a failure, a maintenance window, an incident). Jobs in service finish.
     */
    public void setUp(boolean up) {
        downCauses = Math.max(0, downCauses + (up ? -1 : 1));
        boolean isUp = downCauses == 0;
        if (isUp != station.isUp()) {
            station.setUp(isUp);
            down.update(sim.now(), isUp ? 0 : 1);
            if (isUp && priority) {
                release();
            }
        }
    }

    private void fail() {
        failed = true;
        outages++;
        setUp(false);
        sim.after(exp(seconds(spec.mttr())), this::repair);
    }

    private void repair() {
        failed = false;
        setUp(true);
        sim.after(exp(seconds(spec.mtbf())), this::fail);
    }

    private void maintenanceStarts() {
        setUp(false);
        sim.after(seconds(spec.maintenanceLength()), this::maintenanceEnds);
    }

    private void maintenanceEnds() {
        setUp(true);
        sim.after(seconds(spec.maintenanceEvery()) - seconds(spec.maintenanceLength()), this::maintenanceStarts);
    }

    private double exp(double mean) {
        return -mean * Math.log1p(-failures.nextDouble());
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    // ---- statistics

    public Station station() {
        return station;
    }

    public long backlogCertificates() {
        return backlogCerts;
    }

    public TimeWeighted backlog() {
        return backlog;
    }

    /** Time-weighted indicator of being down. */
    public TimeWeighted downTime() {
        return down;
    }

    public boolean failed() {
        return failed;
    }

    public int outages() {
        return outages;
    }

    public long refused() {
        return refused;
    }

    public long completed() {
        return completed;
    }

    public long certificatesDone() {
        return certsDone;
    }

    /** Integral of busy servers from the start (server-seconds), for per-period utilisation. */
    public double busyServerSeconds() {
        return station.busyServers().integral(sim.now());
    }

    public int servers() {
        return station.servers();
    }

    /** Most jobs waiting at once since the previous call; then restarts from those waiting now. */
    public int takePeakWaiting() {
        int p = peakWaiting;
        peakWaiting = waiting();
        return p;
    }
}
