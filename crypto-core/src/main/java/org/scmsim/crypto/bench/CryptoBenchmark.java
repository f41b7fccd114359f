package org.scmsim.crypto.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflyParams;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.butterfly.UnifiedCaterpillarKey;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.CrlIndex;
import org.scmsim.crypto.crl.LinkedRevocation;
import org.scmsim.crypto.crl.RevocationTarget;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.scms.CertificateFormat;
import org.scmsim.crypto.scms.OpenResult;
import org.scmsim.crypto.scms.Pca;
import org.scmsim.crypto.scms.AcaRaCertResponse;
import org.scmsim.crypto.scms.ProvisioningHandle;
import org.scmsim.crypto.scms.PseudonymCertificates;
import org.scmsim.crypto.scms.PseudonymOpener;
import org.scmsim.crypto.scms.PseudonymProfile;
import org.scmsim.crypto.scms.PseudonymRequester;
import org.scmsim.crypto.scms.RaAcaCertRequestSpdu;
import org.scmsim.crypto.scms.RequestRejectedException;
import org.scmsim.crypto.scms.ScmsHierarchy;

/**
 * Measures certificates per second for each {@link Stage} on one backend with N threads. Inputs
 * are prepared before the clock starts (a warm-up pass runs first); each thread works through its
 * own share (and its own PCA worker and backend, so no random source is shared), so the figure is the
 * SCMS's throughput with N cores. Keys are drawn with
 * {@link Randomness#secure()} so that Conscrypt runs natively.
 */
public final class CryptoBenchmark {

    private static final int WEEK = 600;

    private final String backendName;
    private final int threads;
    private final int perThread;
    private final LongSupplier nanoClock;
    private final LongSupplier threadCpuNanos;
    private final LongSupplier threadAllocatedBytes;
    /** The implicit-format devices' RA handles, one per thread (set up by {@link #run}). */
    private final List<ProvisioningHandle> handles = new ArrayList<>();

    /**
     * @param perThread certificates per thread and stage (the timed part)
     * @param nanoClock a monotonic nanosecond clock (e.g. {@code System::nanoTime})
     * @param threadCpuNanos the calling thread's CPU time in nanoseconds (e.g. from
     *     {@code ThreadMXBean.getCurrentThreadCpuTime}), or a supplier of 0 if unavailable
     */
    public CryptoBenchmark(String backendName, int threads, int perThread, LongSupplier nanoClock, LongSupplier threadCpuNanos) {
        this(backendName, threads, perThread, nanoClock, threadCpuNanos, () -> 0L);
    }

    /**
     * As {@link #CryptoBenchmark(String, int, int, LongSupplier, LongSupplier)}, also counting the
     * heap bytes each worker allocates.
     *
     * @param threadAllocatedBytes the calling thread's allocated bytes so far (e.g. from
     *     {@code com.sun.management.ThreadMXBean.getCurrentThreadAllocatedBytes}), or a supplier of 0
     */
    public CryptoBenchmark(String backendName, int threads, int perThread, LongSupplier nanoClock, LongSupplier threadCpuNanos,
            LongSupplier threadAllocatedBytes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (perThread < 20) {
            throw new IllegalArgumentException("perThread must be at least 20 (one week), not " + perThread);
        }
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.threads = threads;
        this.perThread = perThread;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.threadCpuNanos = Objects.requireNonNull(threadCpuNanos, "threadCpuNanos");
        this.threadAllocatedBytes = Objects.requireNonNull(threadAllocatedBytes, "threadAllocatedBytes");
    }

    /** Runs every stage; reports progress through {@code progress} (stage names). */
    public List<StageResult> run(Consumer<Stage> progress) throws InterruptedException {
        EcBackend backend = EcBackends.create(backendName, Randomness.secure());
        PseudonymProfile profile = PseudonymProfile.campDefaults();
        Time32 now = profile.periodStart(WEEK);
        ScmsHierarchy scms = ScmsHierarchy.create(backend, profile, now);
        SecureRandom random = new SecureRandom();
        int weeksPerThread = (perThread + 19) / 20;
        handles.clear();
        List<StageResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // inputs: one device per thread and variant, requests for as many weeks as needed
            List<ButterflyParams> original = new ArrayList<>();
            List<ButterflyParams> unified = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                original.add(CaterpillarKeys.generate(random).params());
                unified.add(UnifiedCaterpillarKey.generate(random).params());
            }
            progress.accept(Stage.RA_EXPANSION_ORIGINAL);
            results.add(measure(pool, Stage.RA_EXPANSION_ORIGINAL, t -> () -> {
                for (int w = 0; w < weeksPerThread; w++) {
                    original.get(t).expandWeek(WEEK + w, 20);
                }
                return weeksPerThread * 20;
            }));
            progress.accept(Stage.RA_EXPANSION_UNIFIED);
            results.add(measure(pool, Stage.RA_EXPANSION_UNIFIED, t -> () -> {
                for (int w = 0; w < weeksPerThread; w++) {
                    unified.get(t).expandWeek(WEEK + w, 20);
                }
                return weeksPerThread * 20;
            }));

            List<CaterpillarKeys> devices = new ArrayList<>();
            List<List<RaAcaCertRequestSpdu>> implicitRequests = new ArrayList<>();
            List<List<RaAcaCertRequestSpdu>> explicitRequests = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                CaterpillarKeys keys = CaterpillarKeys.generate(random);
                devices.add(keys);
                implicitRequests.add(requests(scms, keys, CertificateFormat.IMPLICIT, weeksPerThread, now));
                explicitRequests.add(requests(scms, CaterpillarKeys.generate(random), CertificateFormat.EXPLICIT, weeksPerThread, now));
            }
            List<List<AcaRaCertResponse>> responses = new ArrayList<>();
            List<Pca> workers = new ArrayList<>();
            List<EcBackend> threadBackends = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                responses.add(new ArrayList<>());
                EcBackend own = EcBackends.create(backendName, Randomness.secure());
                threadBackends.add(own);
                workers.add(scms.pcaWorker(own));
            }
            progress.accept(Stage.PCA_ISSUE_IMPLICIT);
            results.add(measure(pool, Stage.PCA_ISSUE_IMPLICIT, t -> () -> {
                List<AcaRaCertResponse> out = responses.get(t);
                out.clear();
                for (RaAcaCertRequestSpdu r : implicitRequests.get(t)) {
                    out.add(workers.get(t).issuePseudonym(r, now));
                }
                return out.size();
            }));
            progress.accept(Stage.PCA_ISSUE_EXPLICIT);
            results.add(measure(pool, Stage.PCA_ISSUE_EXPLICIT, t -> () -> {
                int n = 0;
                for (RaAcaCertRequestSpdu r : explicitRequests.get(t)) {
                    workers.get(t).issuePseudonym(r, now);
                    n++;
                }
                return n;
            }));

            // the RA files responses by j; here the order is known: route them back directly
            for (int t = 0; t < threads; t++) {
                for (AcaRaCertResponse r : responses.get(t)) {
                    scms.ra().deliver(r);
                }
            }
            List<List<int[]>> index = new ArrayList<>();
            List<List<byte[]>> files = new ArrayList<>();
            List<List<RevocationTarget>> targets = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                ProvisioningHandle h = handles.get(t);
                List<int[]> ij = new ArrayList<>();
                List<byte[]> bytes = new ArrayList<>();
                for (int w = 0; w < weeksPerThread; w++) {
                    int i = WEEK + w;
                    scms.ra().batch(h, i).responses().forEach((j, b) -> {
                        ij.add(new int[] {i, j});
                        bytes.add(b);
                    });
                }
                index.add(ij);
                files.add(bytes);
                targets.add(new ArrayList<>());
            }
            progress.accept(Stage.DEVICE_OPEN);
            results.add(measure(pool, Stage.DEVICE_OPEN, t -> () -> {
                PseudonymOpener opener = new PseudonymOpener(threadBackends.get(t), devices.get(t), scms.pcaCertificate(), scms.pcaKey());
                List<RevocationTarget> out = targets.get(t);
                out.clear();
                for (int k = 0; k < files.get(t).size(); k++) {
                    int[] ij = index.get(t).get(k);
                    OpenResult r = opener.open(ij[0], ij[1], files.get(t).get(k));
                    if (!r.isOk()) {
                        throw new IllegalStateException("benchmark response did not open: " + r.detail());
                    }
                    out.add(PseudonymCertificates.revocationTarget(r.pseudonym().get().certificate()));
                }
                return out.size();
            }));

            List<LinkedRevocation> revoked = new ArrayList<>();
            for (int k = 0; k < 1000; k++) {
                byte[] s1 = new byte[16];
                byte[] s2 = new byte[16];
                random.nextBytes(s1);
                random.nextBytes(s2);
                revoked.add(new LinkedRevocation(20, ScmsHierarchy.LA1_ID, ScmsHierarchy.LA2_ID, WEEK + 150,
                        new LinkageSeed(s1), new LinkageSeed(s2)));
            }
            CrlContents crl = scms.crlGenerator().linkageCrl(1, now, now.plusSeconds(86_400), WEEK, 0, revoked);
            CrlIndex crlIndex = CrlIndex.build(WEEK, List.of(crl));
            progress.accept(Stage.CRL_CHECK);
            results.add(measure(pool, Stage.CRL_CHECK, t -> () -> {
                List<RevocationTarget> thisWeek = targets.get(t).stream()
                        .filter(x -> x.linkage().orElseThrow().iCert() == WEEK).toList();
                int n = 0;
                for (int rep = 0; rep < 50; rep++) {
                    for (RevocationTarget target : thisWeek) {
                        if (crlIndex.check(target).isRevoked()) {
                            throw new IllegalStateException("an unrevoked certificate was found revoked");
                        }
                        n++;
                    }
                }
                return n;
            }));
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private List<RaAcaCertRequestSpdu> requests(ScmsHierarchy scms, CaterpillarKeys keys, CertificateFormat format, int weeks, Time32 now) {
        SigningCredential enrollment = scms.enrollDevice(now);
        byte[] request = PseudonymRequester.request(scms.backend(), keys, format, enrollment, scms.profile(), now);
        ProvisioningHandle h;
        try {
            h = scms.ra().accept(request, WEEK, now);
        } catch (RequestRejectedException e) {
            throw new IllegalStateException("benchmark request refused: " + e.getMessage(), e);
        }
        if (format == CertificateFormat.IMPLICIT) {
            handles.add(h);
        }
        List<RaAcaCertRequestSpdu> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            out.addAll(scms.ra().prepareWeek(h, WEEK + w, now));
        }
        return out;
    }

    /** A warm-up pass, then the timed pass, all threads starting together. */
    private StageResult measure(ExecutorService pool, Stage stage, java.util.function.IntFunction<Callable<Integer>> work)
            throws InterruptedException {
        runAll(pool, work, new long[2]);
        long[] cpuAndBytes = new long[2];
        long start = nanoClock.getAsLong();
        long ops = runAll(pool, work, cpuAndBytes);
        long end = nanoClock.getAsLong();
        return new StageResult(stage, threads, ops, (end - start) / 1e9, cpuAndBytes[0] / 1e9, cpuAndBytes[1]);
    }

    /** Runs every thread's work; adds the threads' CPU nanoseconds to totals[0] and allocated bytes to totals[1]. */
    private long runAll(ExecutorService pool, java.util.function.IntFunction<Callable<Integer>> work, long[] totals)
            throws InterruptedException {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<Integer> task = work.apply(t);
            futures.add(pool.submit(() -> {
                long c0 = threadCpuNanos.getAsLong();
                long b0 = threadAllocatedBytes.getAsLong();
                int n = task.call();
                return new long[] {n, threadCpuNanos.getAsLong() - c0, threadAllocatedBytes.getAsLong() - b0};
            }));
        }
        long ops = 0;
        for (Future<long[]> f : futures) {
            try {
                long[] r = f.get();
                ops += r[0];
                totals[0] += r[1];
                totals[1] += r[2];
            } catch (ExecutionException e) {
                throw new IllegalStateException("benchmark stage failed: " + e.getCause(), e.getCause());
            }
        }
        return ops;
    }
}
