package org.scmsim.model.scms;

import java.util.Arrays;
import org.scmsim.model.config.Issuance;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.engine.Station;
import umontreal.ssj.rng.RandomStream;

/**
 * The RA→PCA issuance stage: requests for a batch of certificates wait in one FIFO backlog and are
 * served at the stage's throughput. A request is an index into primitive arrays (device, kind,
 * certificates, target i-period, time submitted), recycled after it completes.
 */
public final class IssuanceStage {

    /** Told when a request's certificates have been issued. */
    @FunctionalInterface
    public interface Issued {
        void issued(int device, CertificateKind kind, int certificates, int period, double submittedAt);
    }

    private final Simulation sim;
    private final Station station;
    private final Issuance config;
    private final RandomStream serviceStream;
    private final Issued listener;

    private int[] device = new int[256];
    private byte[] kind = new byte[256];
    private int[] certs = new int[256];
    private int[] period = new int[256];
    private double[] submitted = new double[256];
    private int[] free = new int[256];
    private int freeCount;
    private int used;

    private long backlogCertificates;
    private long peakBacklog;

    public IssuanceStage(Simulation sim, Issuance config, RandomStream serviceStream, Issued listener) {
        this.sim = sim;
        this.config = config;
        this.serviceStream = serviceStream;
        this.listener = listener;
        this.station = new Station(sim, "pca", 1, this::serviceTime, this::completed);
    }

    /** A device asks for {@code certificates} certificates valid in i-period {@code targetPeriod}. */
    public void submit(int deviceId, CertificateKind k, int certificates, int targetPeriod) {
        int r = allocate();
        device[r] = deviceId;
        kind[r] = (byte) k.ordinal();
        certs[r] = certificates;
        period[r] = targetPeriod;
        submitted[r] = sim.now();
        backlogCertificates += certificates;
        peakBacklog = Math.max(peakBacklog, backlogCertificates);
        station.arrive(r);
    }

    /** Certificates requested and not yet issued (in queue or in service). */
    public long backlogCertificates() {
        return backlogCertificates;
    }

    /** Largest backlog since the last call, then restarts from the current backlog. */
    public long takePeakBacklog() {
        long p = peakBacklog;
        peakBacklog = backlogCertificates;
        return p;
    }

    public Station station() {
        return station;
    }

    private double serviceTime(int r) {
        double mean = certs[r] / config.throughput();
        return switch (config.serviceTime()) {
            case DETERMINISTIC -> mean;
            case EXPONENTIAL -> -mean * Math.log1p(-serviceStream.nextDouble());
        };
    }

    private void completed(int r, double sojourn) {
        backlogCertificates -= certs[r];
        int d = device[r];
        CertificateKind k = CertificateKind.VALUES[kind[r]];
        int c = certs[r];
        int p = period[r];
        double at = submitted[r];
        free[freeCount++] = r;
        listener.issued(d, k, c, p, at);
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == device.length) {
            int n = used * 2;
            device = Arrays.copyOf(device, n);
            kind = Arrays.copyOf(kind, n);
            certs = Arrays.copyOf(certs, n);
            period = Arrays.copyOf(period, n);
            submitted = Arrays.copyOf(submitted, n);
            free = Arrays.copyOf(free, n);
        }
        return used++;
    }
}
