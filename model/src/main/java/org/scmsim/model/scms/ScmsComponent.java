package org.scmsim.model.scms;

import java.util.function.IntConsumer;
import org.scmsim.model.config.Component;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.engine.Station;
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
    private long backlogCerts;
    private long refused;
    private long completed;
    private long certsDone;
    private int outages;
    private boolean failed;

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
        if (!spec.mtbf().isZero()) {
            sim.after(exp(seconds(spec.mtbf())), this::fail);
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
        backlogCerts += requests.certs(request);
        backlog.update(sim.now(), backlogCerts);
        station.arrive(request);
        return Admission.ACCEPTED;
    }

    /** Delay before a refused sender retries. */
    double retryAfter() {
        return seconds(spec.retryAfter());
    }

    private double serviceTime(int request) {
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
    }

    // ---- availability

    /** Takes the component down (false) or brings it back (true); jobs in service finish. */
    public void setUp(boolean up) {
        station.setUp(up);
        down.update(sim.now(), up ? 0 : 1);
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
}
