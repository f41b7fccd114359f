package org.scmsim.model.scms;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.config.Scms;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.random.RandomStreams;

/**
 * The SCMS side of the certificate life: every request's path through the components, top to
 * bottom.
 *
 * <pre>
 *   enrollment      device -> ECA -> device
 *   first batch     device -> RA (validate, expand) -> LA1 || LA2 (pre-linkage values)
 *                          -> RA shuffle -> PCA (issue, encrypt) -> stored at the RA
 *   pre-generation  weekly: RA (expand) -> LA1 || LA2 -> shuffle -> PCA, in slices
 *   identification  RA (expand) -> PCA          (not shuffled, no linkage values)
 *   application     RSU -> RA (validate) -> PCA -> RSU
 *   download        device -> RA (serve files) -> device
 * </pre>
 *
 * Service times are the operations' costs (seconds of one HSM) times the amount of work; the
 * components vary them by their service-time model. A refused job is resubmitted by its sender
 * after the component's {@code retryAfter}.
 */
public final class Provisioning {

    /** Seconds in an i-period. */
    public static final double WEEK = 7 * 86_400.0;

    private final Simulation sim;
    private final OperationCosts costs;
    private final ScmsClient client;
    private final Requests requests = new Requests();
    private final Map<ComponentId, ScmsComponent> components = new EnumMap<>(ComponentId.class);
    private final ScmsComponent eca;
    private final ScmsComponent ra;
    private final ScmsComponent la1;
    private final ScmsComponent la2;
    private final ScmsComponent pca;
    private final ScmsComponent crlg;
    private final ScmsComponent ma;
    private final Shuffle shuffle;
    private final int sliceCertificates;

    // pre-generation jobs: slices still in flight, by job week; completion is reported in week order
    private int[] slicesLeft = new int[64];
    private int nextJobToReport = Integer.MIN_VALUE;
    private long submitted;
    private long backlog;       // certificates asked for and not yet issued
    private long peakBacklog;   // largest backlog since the last takePeakBacklog()

    public Provisioning(Simulation sim, Scms config, OperationCosts costs, RandomStreams streams, ScmsClient client) {
        this.sim = sim;
        this.costs = costs;
        this.client = client;
        this.eca = component(ComponentId.ECA, config.eca(), streams, this::atEcaDone);
        this.ra = component(ComponentId.RA, config.ra(), streams, this::atRaDone);
        this.la1 = component(ComponentId.LA1, config.la1(), streams, this::atLaDone);
        this.la2 = component(ComponentId.LA2, config.la2(), streams, this::atLaDone);
        this.pca = component(ComponentId.PCA, config.pca(), streams, this::atPcaDone);
        this.crlg = component(ComponentId.CRLG, config.crlg(), streams, this::atRevocationWorkDone);
        this.ma = component(ComponentId.MA, config.ma(), streams, this::atRevocationWorkDone);
        this.shuffle = new Shuffle(sim, config.shuffle().threshold(), config.shuffle().maxWait().toNanos() / 1e9,
                streams.stream("ra.shuffle"), this::toPca);
        this.sliceCertificates = config.shuffle().threshold();
    }

    private ScmsComponent component(ComponentId id, org.scmsim.model.config.Component spec, RandomStreams streams,
                                    java.util.function.IntConsumer done) {
        ScmsComponent c = new ScmsComponent(sim, id, spec, requests, streams.stream(id.key() + ".service"),
                streams.stream(id.key() + ".failures"), done);
        components.put(id, c);
        return c;
    }

    public ScmsComponent component(ComponentId id) {
        return components.get(id);
    }

    public Map<ComponentId, ScmsComponent> components() {
        return components;
    }

    /** Requests submitted by devices and jobs since the start. */
    public long requestsSubmitted() {
        return submitted;
    }

    /** Certificates asked for and not yet issued: at a component, waiting for one, or in the shuffle. */
    public long backlogCertificates() {
        return backlog;
    }

    /** Largest backlog since the previous call; then restarts from the current backlog. */
    public long takePeakBacklog() {
        long p = peakBacklog;
        peakBacklog = backlog;
        return p;
    }

    /** Certificates waiting in the RA's shuffle. */
    public long shuffleCertificates() {
        return shuffle.certificatesHeld();
    }

    // ---- enrollment: device -> ECA -> device

    public void enroll(int device) {
        int r = open(RequestKind.ENROLLMENT, device, 1, -1, -1);
        send(eca, r, costs.enrollment());
    }

    private void atEcaDone(int r) {
        client.issued(CertificateKind.ENROLLMENT, 1, 0, sim.now() - requests.submitted(r), false);
        int device = requests.device(r);
        close(r);
        client.enrolled(device);
    }

    // ---- a device's first batch: RA -> LA1 || LA2 -> shuffle -> PCA -> stored at the RA

    /** The device asks for pseudonyms of weeks first..last ({@code perWeek} each). */
    public void requestPseudonyms(int device, int firstWeek, int lastWeek, int perWeek) {
        int certs = (lastWeek - firstWeek + 1) * perWeek;
        int r = open(RequestKind.PSEUDONYM_BATCH, device, certs, firstWeek, lastWeek);
        send(ra, r, costs.requestValidation() + certs * costs.butterflyExpansion());
    }

    /** A privileged device's identification certificates for weeks first..last, sent with its request. */
    public void requestIdentification(int device, int firstWeek, int lastWeek, int perWeek) {
        int certs = (lastWeek - firstWeek + 1) * perWeek;
        int r = open(RequestKind.IDENTIFICATION, device, certs, firstWeek, lastWeek);
        send(ra, r, certs * costs.butterflyExpansion());
    }

    // ---- the PCA's weekly pre-generation job, in slices of the shuffle threshold

    /**
     * Generates week {@code targetWeek} for {@code devices} devices (and identification
     * certificates for {@code privileged} of them). {@code jobWeek} identifies the job.
     */
    public void pregenerate(int jobWeek, int targetWeek, long devices, int perWeek, long privileged, int idPerWeek) {
        pregenerate(jobWeek, targetWeek, targetWeek, devices, perWeek, privileged, idPerWeek);
    }

    /**
     * Generates weeks {@code firstWeek..lastWeek} for {@code devices} devices (none when
     * {@code lastWeek < firstWeek}: a policy change cut the depth and the job has nothing to do).
     */
    public void pregenerate(int jobWeek, int firstWeek, int lastWeek, long devices, int perWeek, long privileged,
                            int idPerWeek) {
        long weeks = Math.max(0, lastWeek - firstWeek + 1);
        int targetWeek = firstWeek;
        long certs = devices * perWeek * weeks;
        long idCerts = privileged * idPerWeek * weeks;
        int slices = (int) ((certs + sliceCertificates - 1) / sliceCertificates);
        int idSlices = (int) ((idCerts + sliceCertificates - 1) / sliceCertificates);
        if (nextJobToReport == Integer.MIN_VALUE) {
            nextJobToReport = jobWeek;
        }
        if (jobWeek >= slicesLeft.length) {
            slicesLeft = Arrays.copyOf(slicesLeft, Math.max(jobWeek + 1, slicesLeft.length * 2));
        }
        slicesLeft[jobWeek] = slices + idSlices;
        for (long done = 0; done < certs; done += sliceCertificates) {
            int n = (int) Math.min(sliceCertificates, certs - done);
            int r = open(RequestKind.PREGENERATION, jobWeek, n, targetWeek, lastWeek);
            send(ra, r, n * costs.butterflyExpansion());
        }
        for (long done = 0; done < idCerts; done += sliceCertificates) {
            int n = (int) Math.min(sliceCertificates, idCerts - done);
            int r = open(RequestKind.IDENTIFICATION, -1 - jobWeek, n, targetWeek, lastWeek);
            send(ra, r, n * costs.butterflyExpansion());
        }
        reportFinishedJobs();
    }

    // ---- RSU application certificates: RSU -> RA -> PCA -> RSU

    public void requestApplication(int device, int week, int psids) {
        int r = open(RequestKind.APPLICATION, device, psids, week, week);
        send(ra, r, costs.requestValidation());
    }

    // ---- downloads: device -> RA -> device

    /** The device asks the RA for {@code files} files (a week of certificates, or a policy file). */
    public void download(int device, int files) {
        int r = open(RequestKind.DOWNLOAD, device, 0, -1, -1);
        send(ra, r, Math.max(1, files) * costs.downloadFile());
    }

    // ---- a firmware bug's repeated requests (issue 6: request storm)

    /** A provisioning request sent again: the RA validates it, finds it a duplicate and drops it. */
    public void duplicateRequest(int device) {
        int r = open(RequestKind.DUPLICATE, device, 0, -1, -1);
        send(ra, r, costs.requestValidation());
    }

    // ---- the RA

    private void atRaDone(int r) {
        if (requests.device(r) >= 0 && requests.kind(r) != RequestKind.DOWNLOAD
                && requests.kind(r) != RequestKind.PREGENERATION && isBlacklisted(requests.device(r))) {
            refusedBlacklisted++;   // issue 6: a revoked device's first batch or identification request
            int device = requests.device(r);
            close(r);
            client.requestRefused(device);
            return;
        }
        switch (requests.kind(r)) {
            case DUPLICATE -> close(r);
            case PSEUDONYM_BATCH, PREGENERATION -> {
                double plvWork = requests.certs(r) * costs.preLinkageValue();
                requests.setForks(r, 2);
                send(la1, r, plvWork);
                send(la2, r, plvWork);
            }
            case IDENTIFICATION -> send(pca, r, requests.certs(r) * costs.certificateIssue());
            case APPLICATION -> send(pca, r, requests.certs(r) * costs.certificateIssue());
            case DOWNLOAD -> {
                int device = requests.device(r);
                close(r);
                if (isBlacklisted(device)) {
                    refusedBlacklisted++;   // issue 6: the RA serves a revoked device nothing more
                    client.downloadRefused(device);
                } else {
                    client.downloadServed(device);
                }
            }
            case ENROLLMENT -> throw new IllegalStateException("enrollment does not pass the RA");
            default -> throw new IllegalStateException();
        }
    }

    private void atLaDone(int r) {
        if (requests.joinFork(r)) {
            shuffle.add(r, requests.certs(r));
        }
    }

    private void toPca(int r) {
        send(pca, r, requests.certs(r) * costs.pseudonymIssue());
    }

    // ---- the PCA

    private void atPcaDone(int r) {
        RequestKind kind = requests.kind(r);
        int certs = requests.certs(r);
        int first = requests.first(r);
        int last = requests.last(r);
        int device = requests.device(r);
        double response = sim.now() - requests.submitted(r);
        int perWeek = first >= 0 ? certs / (last - first + 1) : 0;
        int late = lateWeeks(requests.submitted(r), first, last) * perWeek;
        close(r);
        switch (kind) {
            case PSEUDONYM_BATCH -> {
                client.issued(CertificateKind.PSEUDONYM, certs, late, response, false);
                client.batchReady(device, first, last);
            }
            case PREGENERATION -> {
                client.issued(CertificateKind.PSEUDONYM, certs, late, response, true);
                sliceDone(device);
            }
            case IDENTIFICATION -> {
                client.issued(CertificateKind.IDENTIFICATION, certs, late, response, device < 0);
                if (device < 0) {
                    sliceDone(-1 - device);
                }
            }
            case APPLICATION -> {
                client.issued(CertificateKind.APPLICATION, certs, late, response, false);
                client.applicationIssued(device, first);
            }
            default -> throw new IllegalStateException(kind + " does not reach the PCA");
        }
    }

    private void sliceDone(int jobWeek) {
        slicesLeft[jobWeek]--;
        reportFinishedJobs();
    }

    private void reportFinishedJobs() {
        while (nextJobToReport != Integer.MIN_VALUE && nextJobToReport < slicesLeft.length
                && slicesLeft[nextJobToReport] == 0 && jobStarted(nextJobToReport)) {
            client.pregenerated(nextJobToReport);
            slicesLeft[nextJobToReport] = -1;
            nextJobToReport++;
        }
    }

    private boolean jobStarted(int week) {
        return week * WEEK <= sim.now();
    }

    /** Weeks of first..last that began after the request was made and before now. */
    private int lateWeeks(double submittedAt, int first, int last) {
        if (first < 0) {
            return 0;
        }
        int n = 0;
        for (int w = first; w <= last; w++) {
            double start = w * WEEK;
            if (start > submittedAt && start <= sim.now()) {
                n++;
            } else if (start > sim.now()) {
                break;
            }
        }
        return n;
    }

    // ---- plumbing

    private int open(RequestKind kind, int device, int certs, int first, int last) {
        submitted++;
        backlog += certs;
        peakBacklog = Math.max(peakBacklog, backlog);
        return requests.open(kind, device, certs, first, last, sim.now());
    }

    private void close(int r) {
        backlog -= requests.certs(r);
        requests.close(r);
    }

    private void send(ScmsComponent c, int r, double work) {
        if (c.submit(r, work) == ScmsComponent.Admission.REFUSED) {
            sim.after(c.retryAfter(), () -> send(c, r, work));
        }
    }

    // ---- issue 6: the RA's enrollment blacklist

    private java.util.BitSet blacklist;
    private long refusedBlacklisted;

    /**
     * The MA had the device revoked: the RA blacklists its enrollment certificate, so it serves the
     * device no further batch, top-off or download, and the weekly pre-generation leaves it out.
     */
    public void blacklist(int device) {
        if (blacklist == null) {
            blacklist = new java.util.BitSet();
        }
        blacklist.set(device);
    }

    /** Whether the RA has blacklisted the device's enrollment certificate. */
    public boolean isBlacklisted(int device) {
        return blacklist != null && device >= 0 && blacklist.get(device);
    }

    /** Devices blacklisted so far. */
    public int blacklisted() {
        return blacklist == null ? 0 : blacklist.cardinality();
    }

    /** Requests the RA refused because the device's enrollment certificate is blacklisted. */
    public long refusedBlacklisted() {
        return refusedBlacklisted;
    }

    // ---- issue 6: the MA and the CRL generator as servers

    /** Where the MA's and the CRL generator's finished jobs go (the misbehaviour model). */
    public interface RevocationWork {
        /** A job of {@code kind} for {@code token} (a report, a suspect, a CRL trigger) is done. */
        void done(RequestKind kind, int token);
    }

    private RevocationWork revocationWork = (kind, token) -> { };

    public void revocationWork(RevocationWork sink) {
        this.revocationWork = sink;
    }

    /**
     * The MA takes a job ({@link RequestKind#MISBEHAVIOR_REPORT} or {@link RequestKind#REVOCATION})
     * of {@code work} seconds of one MA server; {@code token} comes back when it is done. The MA's
     * backlog counts its jobs (not certificates), and they are not part of the certificate backlog.
     */
    public void maJob(RequestKind kind, int token, double work) {
        if (kind != RequestKind.MISBEHAVIOR_REPORT && kind != RequestKind.REVOCATION) {
            throw new IllegalArgumentException(kind + " is not MA work");
        }
        send(ma, requests.open(kind, token, 1, -1, -1, sim.now()), work);
    }

    /** The CRL generator takes a job of {@code work} seconds (one CRL); {@code token} comes back when done. */
    public void crlgJob(int token, double work) {
        send(crlg, requests.open(RequestKind.CRL, token, 1, -1, -1, sim.now()), work);
    }

    private void atRevocationWorkDone(int r) {
        RequestKind kind = requests.kind(r);
        int token = requests.device(r);
        requests.close(r);
        revocationWork.done(kind, token);
    }
}
