package org.scmsim.bench.crypto;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.butterfly.CocoonKeys;
import org.scmsim.crypto.butterfly.UnifiedCaterpillarKey;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.scms.CertificateFormat;
import org.scmsim.crypto.scms.OpenResult;
import org.scmsim.crypto.scms.AcaRaCertResponse;
import org.scmsim.crypto.scms.ProvisioningHandle;
import org.scmsim.crypto.scms.PseudonymBatch;
import org.scmsim.crypto.scms.PseudonymOpener;
import org.scmsim.crypto.scms.PseudonymProfile;
import org.scmsim.crypto.scms.PseudonymRequester;
import org.scmsim.crypto.scms.RaAcaCertRequestSpdu;
import org.scmsim.crypto.scms.ScmsHierarchy;

/**
 * The butterfly provisioning pipeline stage by stage, one certificate per operation (RA expansion:
 * one week of 20 per operation): RA cocoon-key expansion (original, unified), PCA implicit and
 * explicit issuance with the encrypted (and signed) response, and the device opening a response.
 * Keys come from {@code Randomness.secure()} so that Conscrypt runs natively.
 *
 * <pre>
 * mvn -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ProvisioningBenchmark -p backend=bc,conscrypt
 * </pre>
 * {@code scmsim bench crypto} measures the same stages without JMH (and across threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProvisioningBenchmark {

    private static final int WEEK = 600;

    @Param({"bc", "conscrypt"})
    public String backend;

    private ScmsHierarchy scms;
    private CaterpillarKeys device;
    private UnifiedCaterpillarKey unifiedDevice;
    private List<RaAcaCertRequestSpdu> implicitRequests;
    private List<RaAcaCertRequestSpdu> explicitRequests;
    private PseudonymOpener opener;
    private byte[][] responses;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        EcBackend ec = EcBackends.create(backend, Randomness.secure());
        PseudonymProfile profile = PseudonymProfile.campDefaults();
        Time32 now = profile.periodStart(WEEK);
        scms = ScmsHierarchy.create(ec, profile, now);
        SecureRandom random = new SecureRandom();
        device = CaterpillarKeys.generate(random);
        unifiedDevice = UnifiedCaterpillarKey.generate(random);
        ProvisioningHandle h = scms.ra().accept(
                PseudonymRequester.request(ec, device, CertificateFormat.IMPLICIT, scms.enrollDevice(now), profile, now), WEEK, now);
        ProvisioningHandle hx = scms.ra().accept(PseudonymRequester.request(ec, CaterpillarKeys.generate(random),
                CertificateFormat.EXPLICIT, scms.enrollDevice(now), profile, now), WEEK, now);
        implicitRequests = scms.ra().prepareWeek(h, WEEK, now);
        explicitRequests = scms.ra().prepareWeek(hx, WEEK, now);
        for (RaAcaCertRequestSpdu r : implicitRequests) {
            scms.ra().deliver(scms.pca().issuePseudonym(r, now));
        }
        PseudonymBatch batch = scms.ra().batch(h, WEEK);
        responses = new byte[20][];
        batch.responses().forEach((j, b) -> responses[j] = b);
        opener = new PseudonymOpener(ec, device, scms.pcaCertificate(), scms.pcaKey());
    }

    /** One week (20 certificates) of cocoon keys, original butterfly: 40 fixed-base multiplications. */
    @Benchmark
    public List<CocoonKeys> raExpansionOriginalWeek() {
        return device.params().expandWeek(WEEK + (next++ & 1023), 20);
    }

    /** One week (20 certificates) of cocoon keys, unified butterfly: 20 fixed-base multiplications. */
    @Benchmark
    public List<CocoonKeys> raExpansionUnifiedWeek() {
        return unifiedDevice.params().expandWeek(WEEK + (next++ & 1023), 20);
    }

    @Benchmark
    public AcaRaCertResponse pcaIssueImplicit() {
        return scms.pca().issuePseudonym(implicitRequests.get(next++ % 20), scms.profile().periodStart(WEEK));
    }

    @Benchmark
    public AcaRaCertResponse pcaIssueExplicit() {
        return scms.pca().issuePseudonym(explicitRequests.get(next++ % 20), scms.profile().periodStart(WEEK));
    }

    @Benchmark
    public OpenResult deviceOpen() {
        int j = next++ % 20;
        return opener.open(WEEK, j, responses[j]);
    }
}
