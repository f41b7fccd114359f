package org.scmsim.model.crypto;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.scms.CertificateFormat;
import org.scmsim.crypto.scms.OpenResult;
import org.scmsim.crypto.scms.OpenedPseudonym;
import org.scmsim.crypto.scms.Pca;
import org.scmsim.crypto.scms.AcaRaCertResponse;
import org.scmsim.crypto.scms.ProvisioningHandle;
import org.scmsim.crypto.scms.PseudonymBatch;
import org.scmsim.crypto.scms.PseudonymOpener;
import org.scmsim.crypto.scms.PseudonymProfile;
import org.scmsim.crypto.scms.PseudonymRequester;
import org.scmsim.crypto.scms.Ra;
import org.scmsim.crypto.scms.RaAcaCertRequestSpdu;
import org.scmsim.crypto.scms.RequestRejectedException;
import org.scmsim.crypto.scms.ScmsHierarchy;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.Scenario;
import umontreal.ssj.rng.RandomStream;

/**
 * {@code full} and {@code sampled} fidelity: the certificate life runs through crypto-core's real
 * SCMS for the devices in the sample (all in full fidelity). One SCMS hierarchy (RCA, ECA, RA,
 * LA1, LA2, PCA) per run, with deterministic randomness derived from the scenario's seed and the
 * replication, so the same run issues the same certificates.
 *
 * <p>Threads: enrollment, the device's request and the RA with its LAs (request ids, shuffles,
 * linkage seeds and nonces) run on the simulation's thread in event order. The rest of a
 * device's certificate life (the PCA issuing and encrypting its certificates, the RA filing them,
 * the device opening and checking them, its BSMs and the receivers verifying them) is handed to a
 * pool of {@code fidelity.threads} threads, in order per device and different devices at once;
 * the PCA then draws from that device's own share of its randomness
 * ({@link DeviceBoundRandomness}), and what the work concluded is counted by {@link #settle()} in
 * hand-out order. So the same scenario and seed give the same certificates, signatures and counts
 * whatever the number of threads.
 *
 * <ul>
 *   <li>enrollment: the ECA issues an implicit enrollment certificate;</li>
 *   <li>first batch: the device builds a butterfly request signed with its enrollment certificate
 *       and encrypted to the RA; the RA decrypts and validates it and starts the LAs' seed chains;</li>
 *   <li>install of weeks: for each week the RA expands the cocoon keys and gets the encrypted
 *       pre-linkage values, the PCA issues and encrypts each certificate, the RA files the
 *       responses, and the device decrypts, reconstructs its keys and checks every certificate.
 *       The work happens when the device installs the weeks, which the SCMS side generated earlier
 *       in simulated time: the bytes are the same whenever they are computed;</li>
 *   <li>a week's driving: the device signs one BSM per pseudonym rotation (the model's rotations
 *       of that device-week), cycling through the week's certificates; a receiver reconstructs the
 *       signer's key from the certificate and the PCA once per certificate (it caches it, as real
 *       receivers do) and verifies every BSM;</li>
 *   <li>RSU application certificates: issued by the PCA for the RSU's key and reconstructed by it.</li>
 * </ul>
 */
public final class CryptoCoreLoop implements CryptoLoop {

    private static final long BSM_PSID = 0x20;
    /** Bytes of a BSM's payload (SAE J2735 BSM part I, about 39 octets UPER). */
    private static final int BSM_BYTES = 39;

    private final EcBackend backend;
    private final DeviceBoundRandomness deviceBound;
    private final long seed;
    private final String runLabel;
    private final ScmsHierarchy scms;
    private final PseudonymProfile profile;
    private final Instant start;
    private final boolean[] real;
    private final int obus;
    private final Map<Integer, Device> devices = new HashMap<>();
    private final Map<Integer, EcKeyPair> rsuKeys = new HashMap<>();
    // issue 6: each real device's non-pseudonym certificates (RSU application, OBU identification) by
    // week, for hash-CRL entries and checks; weeks long past are dropped
    private final Map<Integer, java.util.TreeMap<Integer, List<Certificate>>> nonPseudonym = new HashMap<>();

    private void keepNonPseudonym(int device, int week, Certificate c) {
        var byWeek = nonPseudonym.computeIfAbsent(device, k -> new java.util.TreeMap<>());
        byWeek.computeIfAbsent(week, k -> new ArrayList<>()).add(c);
        byWeek.headMap(lastDay / 7 - 2).clear();
    }
    private final List<Long> rsuPsids;
    private long operations;
    private long certificates;
    private final ExecutorService pool;
    private final List<Tally> handedOut = new ArrayList<>();
    private long operationsCounted;
    private long certificatesCounted;
    private int lastDay;
    private long fingerprint;

    /** One real device's secrets and the certificates it can sign with. */
    private static final class Device {
        SigningCredential enrollment;
        ButterflySecrets secrets;
        ProvisioningHandle handle;
        PseudonymOpener opener;
        EcKeyPair identificationKey;
        /** The randomness of the work for this device on the worker threads (the PCA's keys and nonces). */
        Randomness scmsShare;
        /** Last week whose certificates the SCMS side prepared for this device. */
        int preparedThrough = -1;
        /** The device's own work in order: each piece starts when the previous one ended. */
        CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
        // touched only by the device's own work, in order:
        final Map<Integer, SigningCredential[]> weeks = new HashMap<>();
        /** A receiver's cache: the signer key reconstructed once per certificate. */
        final Map<HashedId8, ECPoint> receiverKeys = new HashMap<>();
        int receiverWeek = -1;
    }

    /** What one piece of a device's work did, counted on a simulated day (written by the work, read after it). */
    private static final class Tally {
        final int day;
        CompletableFuture<Void> done;
        long operations;
        long certificatesOpened;
        long installsAccepted;
        long installsRejected;
        long bsmsSigned;
        long bsmsVerified;
        long bsmsRejected;
        long keysReconstructed;
        /** Sum of hashes of what the work produced (certificates opened, BSMs signed). */
        long fingerprint;

        Tally(int day) {
            this.day = day;
        }

        CryptoWork work() {
            return new CryptoWork(operations, 0, certificatesOpened, installsAccepted, installsRejected, bsmsSigned,
                    bsmsVerified, bsmsRejected, keysReconstructed);
        }
    }

    /** BouncyCastle, all of the work on the simulation's thread. */
    public CryptoCoreLoop(Scenario s, RandomStream sample, int obus, int rsus, int replication) {
        this(s, sample, obus, rsus, replication, "bc", 1);
    }

    /**
     * @param backendName crypto-core backend ({@code bc}, {@code conscrypt})
     * @param threads     threads for the devices' work; 1: on the calling (simulation's) thread
     */
    public CryptoCoreLoop(Scenario s, RandomStream sample, int obus, int rsus, int replication, String backendName,
            int threads) {
        String run = "scmsim/" + s.name() + "/" + replication;
        this.deviceBound = new DeviceBoundRandomness(EcBackends.create(backendName,
                Randomness.deterministic(s.seed(), run + "/backend")));
        this.backend = deviceBound;
        this.seed = s.seed();
        this.runLabel = run;
        this.start = s.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        var pp = s.policy().pseudonym();
        if (pp.perWeek() > 255) {
            throw new IllegalArgumentException("policy.pseudonym.perWeek: real crypto supports at most 255 per week (jmax)");
        }
        this.profile = new PseudonymProfile(Time32.of(start), PseudonymProfile.WEEK_SECONDS, pp.perWeek(),
                Durations.hours((int) pp.validity().toHours()), List.of(0x20L, 0x26L), 1, 840);
        this.scms = ScmsHierarchy.create(backend, profile, Time32.of(start), Randomness.deterministic(s.seed(), run + "/ra"),
                Randomness.deterministic(s.seed(), run + "/la"));
        this.obus = obus;
        this.real = new boolean[obus + rsus];
        boolean all = s.fidelity().mode() == Fidelity.Mode.FULL;
        for (int d = 0; d < real.length; d++) {
            real[d] = all || sample.nextDouble() < s.fidelity().sampleFraction();
        }
        this.rsuPsids = s.policy().application().psids().stream().map(CryptoCoreLoop::psid).toList();
        if (threads > 1) {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "scmsim-crypto-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        } else {
            this.pool = null;
        }
    }

    /** PSIDs of the usual RSU applications (SAE J2735 messages); others get a private-range number. */
    static long psid(String application) {
        return switch (application.toUpperCase(java.util.Locale.ROOT)) {
            case "SPAT" -> 0x82L;
            case "MAP" -> 0xE0000017L;
            case "TIM" -> 0x8003L;
            case "BSM" -> 0x20L;
            default -> 0xE0000100L + Math.abs(application.hashCode() % 0xFF);
        };
    }

    private Time32 at(double now) {
        day(now);
        return Time32.of(start.plusMillis((long) (now * 1000)));
    }

    @Override
    public boolean isReal(int device) {
        return device >= 0 && device < real.length && real[device];
    }

    @Override
    public void enroll(int device, double now) {
        if (!isReal(device)) {
            return;
        }
        Time32 t = at(now);
        if (device >= obus) {
            rsuKeys.put(device, backend.generateKeyPair(EcCurve.NIST_P256));
            operations++;
            return;
        }
        Device d = new Device();
        d.enrollment = scms.enrollDevice(t);
        d.secrets = CaterpillarKeys.generate(Randomness.deterministic(device, "device/" + device).random());
        d.opener = new PseudonymOpener(backend, d.secrets, scms.pcaCertificate(), scms.pcaKey());
        d.scmsShare = Randomness.deterministic(seed, runLabel + "/pca/" + device);
        devices.put(device, d);
        operations += 3;
        certificates++;
    }

    @Override
    public void issuePseudonyms(int device, int firstWeek, int lastWeek, double now) {
        Device d = devices.get(device);
        if (d == null || d.handle != null) {
            return;
        }
        Time32 t = at(now);
        // signed with the enrollment certificate and encrypted to the RA, as devices send it
        byte[] request = PseudonymRequester.requestEncrypted(backend, d.secrets, CertificateFormat.IMPLICIT, d.enrollment,
                profile, t, scms.raCredential().certificate(), scms.raEncryptionKey().publicKey());
        try {
            synchronized (scms.ra()) {   // the RA also files PCA responses from the worker threads
                d.handle = scms.ra().accept(request, firstWeek, t);
            }
        } catch (RequestRejectedException e) {
            throw new IllegalStateException("the RA refused device " + device + "'s request: " + e.getMessage(), e);
        }
        operations += 3;
    }

    @Override
    public void install(int device, int firstWeek, int lastWeek, double now) {
        Device d = devices.get(device);
        if (d == null || d.handle == null) {
            return;
        }
        Time32 t = at(now);
        int jmax = profile.certificatesPerPeriod();
        int from = Math.max(Math.max(firstWeek, d.handle.firstPeriod()), d.preparedThrough + 1);
        if (from > lastWeek) {
            return;
        }
        Ra ra = scms.ra();
        // the RA, in event order: cocoon keys and both LAs' encrypted pre-linkage values, shuffled
        List<List<RaAcaCertRequestSpdu>> toPca = new ArrayList<>();
        synchronized (ra) {
            for (int i = from; i <= lastWeek; i++) {
                List<RaAcaCertRequestSpdu> week = ra.prepareWeek(d.handle, i, t);
                toPca.add(week);
                certificates += week.size();
                operations += 3L * week.size();
            }
        }
        d.preparedThrough = lastWeek;
        int keepFrom = (int) Math.floor(now / PseudonymProfile.WEEK_SECONDS) - 1;
        onDevice(d, now, w -> {
            boolean ok = true;
            for (int k = 0; k < toPca.size(); k++) {
                int i = from + k;
                // the PCA issues and encrypts each certificate (drawing from this device's share of its
                // randomness), the RA files the responses by j into the device's download
                List<AcaRaCertResponse> responses = new ArrayList<>(toPca.get(k).size());
                for (RaAcaCertRequestSpdu r : toPca.get(k)) {
                    responses.add(scms.pca().issuePseudonym(r, t));
                }
                byte[][] byJ = new byte[jmax][];
                synchronized (ra) {
                    responses.forEach(ra::deliver);
                    PseudonymBatch batch = ra.batch(d.handle, i);
                    ok &= batch.size() == jmax;
                    for (Map.Entry<Integer, byte[]> e : batch.responses().entrySet()) {
                        if (e.getKey() >= 0 && e.getKey() < jmax) {
                            byJ[e.getKey()] = e.getValue();
                        }
                    }
                }
                // the device decrypts, reconstructs and checks every certificate
                List<SigningCredential> usable = new ArrayList<>(jmax);
                OpenResult[] opened = d.opener.openAll(i, byJ);   // the week's key checks in one equation
                for (int j = 0; j < jmax; j++) {
                    if (byJ[j] == null) {
                        continue;
                    }
                    OpenResult res = opened[j];
                    w.operations += 2;
                    OpenedPseudonym p = res.pseudonym().orElse(null);
                    if (!res.isOk() || p == null || !p.certificate().isValidAt(profile.periodStart(i))) {
                        ok = false;
                        continue;
                    }
                    w.certificatesOpened++;
                    w.fingerprint += java.util.Arrays.hashCode(p.certificate().encoded());
                    usable.add(new SigningCredential(p.certificate(), p.key()));
                }
                d.weeks.put(i, usable.toArray(SigningCredential[]::new));
            }
            d.weeks.keySet().removeIf(x -> x < keepFrom);   // keep memory flat
            if (ok) {
                w.installsAccepted++;
            } else {
                w.installsRejected++;
            }
        });
    }

    @Override
    public void signBsms(int device, int week, int rotations, double now) {
        Device d = devices.get(device);
        if (d == null || rotations <= 0) {
            return;
        }
        long weekStart = (long) week * PseudonymProfile.WEEK_SECONDS;
        onDevice(d, now, w -> {
            SigningCredential[] certs = d.weeks.get(week);
            if (certs == null || certs.length == 0) {
                return;   // nothing installed for that week: not checked
            }
            if (d.receiverWeek != week) {
                d.receiverKeys.clear();   // the receiver's cache holds the certificates it meets
                d.receiverWeek = week;
            }
            byte[] payload = new byte[BSM_BYTES];
            for (int k = 0; k < rotations; k++) {
                SigningCredential c = certs[k % certs.length];
                // the k-th rotation's BSM, sent in the middle of its share of the week
                Time32 t = Time32.of(start.plusMillis((long) ((weekStart + (k + 0.5) * PseudonymProfile.WEEK_SECONDS / rotations)
                        * 1000)));
                payload[0] = (byte) device;
                payload[1] = (byte) (device >>> 8);
                payload[2] = (byte) week;
                payload[3] = (byte) k;
                payload[4] = (byte) (k >>> 8);
                byte[] bsm = SignedMessage.sign(backend, payload, BSM_PSID, t, c, SignerType.CERTIFICATE);
                w.bsmsSigned++;
                w.operations++;
                w.fingerprint += java.util.Arrays.hashCode(bsm);
                if (receive(d, bsm, t, w)) {
                    w.bsmsVerified++;
                } else {
                    w.bsmsRejected++;
                }
            }
        });
    }

    /** A receiver: decode, take the signer's certificate, reconstruct its key (once per certificate), verify. */
    private boolean receive(Device d, byte[] bsm, Time32 t, Tally w) {
        try {
            SignedMessage received = SignedMessage.decode(bsm, "BSM");
            Certificate signer = received.signerCertificate().orElse(null);
            if (signer == null || !signer.isValidAt(t)) {
                return false;
            }
            ECPoint key = d.receiverKeys.get(signer.hashedId8());
            if (key == null) {
                key = Ecqv.reconstructPublicKey(backend, signer, scms.pcaCertificate(), scms.pcaKey());
                d.receiverKeys.put(signer.hashedId8(), key);
                w.keysReconstructed++;
                w.operations++;
            }
            w.operations++;
            return received.verify(backend, signer, key);
        } catch (DecodeException e) {
            return false;
        }
    }

    @Override
    public void issueIdentification(int device, int firstWeek, int lastWeek, int perWeek, double now) {
        Device d = devices.get(device);
        if (d == null) {
            return;
        }
        day(now);
        if (d.identificationKey == null) {
            d.identificationKey = backend.generateKeyPair(EcCurve.NIST_P256);
            operations++;
        }
        List<Pca.IssuedCertificate> issued = new ArrayList<>();
        for (int i = firstWeek; i <= lastWeek; i++) {
            for (int k = 0; k < perWeek; k++) {
                issued.add(scms.pca().issueNonPseudonym(d.identificationKey.publicKey(), List.of(BSM_PSID),
                        profile.periodStart(i), profile.validity(), CertificateFormat.IMPLICIT));
                keepNonPseudonym(device, i, issued.get(issued.size() - 1).certificate());
                operations += 2;
                certificates++;
            }
        }
        EcKeyPair key = d.identificationKey;
        // the device reconstructs its private keys (throws if a certificate is wrong)
        onDevice(d, now, w -> {
            for (Pca.IssuedCertificate c : issued) {
                Ecqv.reconstructKeyPair(backend, c.certificate(), scms.pcaCertificate(), scms.pcaKey(),
                        c.reconstructionValue().orElseThrow(), key.privateKey());
                w.operations += 2;
            }
        });
    }

    @Override
    public void issueApplication(int device, int week, double now) {
        EcKeyPair key = rsuKeys.get(device);
        if (key == null) {
            return;
        }
        day(now);
        for (long psid : rsuPsids) {   // one certificate per application
            Pca.IssuedCertificate c = scms.pca().issueNonPseudonym(key.publicKey(), List.of(psid),
                    profile.periodStart(week), profile.validity(), CertificateFormat.IMPLICIT);
            // the RSU reconstructs and checks its private key (throws if the certificate is wrong)
            Ecqv.reconstructKeyPair(backend, c.certificate(), scms.pcaCertificate(), scms.pcaKey(),
                    c.reconstructionValue().orElseThrow(), key.privateKey());
            operations += 4;
            certificates++;
            keepNonPseudonym(device, week, c.certificate());
        }
    }

    /** Hands a piece of the device's work to the pool (after the device's earlier work), or does it now. */
    private void onDevice(Device d, double now, Consumer<Tally> work) {
        Tally t = new Tally(dayOf(now));
        handedOut.add(t);
        // any key or nonce the work draws comes from the device's share, whichever thread does it
        Runnable r = () -> deviceBound.during(d.scmsShare, () -> {
            work.accept(t);
            return null;
        });
        if (pool == null) {
            r.run();
        } else {
            d.last = d.last.thenRunAsync(r, pool);
            t.done = d.last;
        }
    }

    /** Marks the SCMS side's work as done on the day of {@code now}. */
    private void day(double now) {
        lastDay = dayOf(now);
    }

    private static int dayOf(double now) {
        return (int) Math.floor(Math.max(0, now) / 86_400.0);
    }

    @Override
    public SortedMap<Integer, CryptoWork> settle() {
        SortedMap<Integer, CryptoWork> out = new TreeMap<>();
        // the SCMS side's work since the last call, on the day of its last piece
        long scmsOperations = operations - operationsCounted;
        long issued = certificates - certificatesCounted;
        if (scmsOperations != 0 || issued != 0) {
            out.put(lastDay, new CryptoWork(scmsOperations, issued, 0, 0, 0, 0, 0, 0, 0));
        }
        for (Tally t : handedOut) {
            if (t.done != null) {
                try {
                    t.done.join();
                } catch (CompletionException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    throw new IllegalStateException("a device's real crypto failed: " + cause.getMessage(), cause);
                }
            }
            CryptoWork w = t.work();
            operations += w.operations();
            fingerprint += t.fingerprint;
            out.merge(t.day, w, CryptoWork::plus);
        }
        handedOut.clear();
        operationsCounted = operations;
        certificatesCounted = certificates;
        return out;
    }

    /**
     * A sum of hashes of every certificate the devices opened and every BSM they signed, settled so
     * far: equal fingerprints mean the same bytes were produced (for tests of determinism).
     */
    long fingerprint() {
        return fingerprint;
    }

    @Override
    public String backendName() {
        return backend.name();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public long operations() {
        return operations;
    }

    @Override
    public long certificatesIssued() {
        return certificates;
    }

    // ================================================================ issue 6: misbehaviour and revocation

    private Revocations revocations;

    private Revocations revocations() {
        if (revocations == null) {
            revocations = new Revocations();
        }
        return revocations;
    }

    /**
     * The device's first pseudonym of {@code week} (null: not real or not installed), once the
     * device's earlier work on the worker threads has finished, so the answer does not depend on
     * the thread count.
     */
    private SigningCredential pseudonymOf(int device, int week) {
        Device d = devices.get(device);
        if (d == null) {
            return null;
        }
        awaitDevice(d);
        SigningCredential[] certs = d.weeks.get(week);
        return certs == null || certs.length == 0 ? null : certs[0];
    }

    /** The device's latest installed pseudonym (null: none), after its pending work. */
    private SigningCredential latestPseudonymOf(Device d) {
        awaitDevice(d);
        return d.weeks.entrySet().stream().filter(e -> e.getValue().length > 0)
                .max(Map.Entry.comparingByKey()).map(e -> e.getValue()[0]).orElse(null);
    }

    /** Waits for the device's work handed to the pool so far (its failure is the run's). */
    private static void awaitDevice(Device d) {
        try {
            d.last.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("a device's real crypto failed: " + cause.getMessage(), cause);
        }
    }

    private static int weekOf(double now) {
        return (int) (now / PseudonymProfile.WEEK_SECONDS);
    }

    @Override
    public int reportMisbehavior(int reporter, int suspect, double now) {
        return revocations().report(reporter, suspect, now);
    }

    @Override
    public Verdict receiveReport(int report, int suspect, double now) {
        return revocations().receive(report, suspect);
    }

    @Override
    public Verdict revoke(int device, int iMax, double now) {
        return revocations().revoke(device, iMax, now);
    }

    @Override
    public int issueCrl(int version, double now, double nextCrl) {
        return revocations().issue(version, now, nextCrl);
    }

    @Override
    public Verdict checkRevocation(int sender, int week, int crlVersion, double now) {
        return revocations().check(sender, week, crlVersion);
    }

    @Override
    public Verdict revokeByHash(int device, int lastWeek, double now) {
        return isReal(device) ? hashRevocations.revoke(device, lastWeek, now) : Verdict.NOT_CHECKED;
    }

    @Override
    public int issueHashCrl(int version, double now, double nextCrl) {
        return hashRevocations.issue(version, now, nextCrl);
    }

    @Override
    public Verdict checkHashRevocation(int sender, int week, int crlVersion, double now) {
        return isReal(sender) ? hashRevocations.check(sender, week, crlVersion) : Verdict.NOT_CHECKED;
    }

    private final HashRevocations hashRevocations = new HashRevocations();

    /**
     * A signed CRL as receivers take it on arrival: decoded and its generator's signature verified
     * (every receiver gets these same bytes, so once); its contents.
     */
    private org.scmsim.crypto.crl.CrlContents published(String what, byte[] signed) {
        try {
            var published = org.scmsim.crypto.crl.SecuredCrl.decode(signed);
            var check = published.verify(backend, scms.crlgCredential().certificate(),
                    scms.crlgCredential().keyPair().publicKey());
            if (check != org.scmsim.crypto.crl.CrlVerification.VALID) {
                throw new IllegalStateException(what + " does not verify: " + check);
            }
            return published.contents();
        } catch (DecodeException e) {
            throw new IllegalStateException(what + " does not decode: " + e.getMessage(), e);
        }
    }

    /**
     * Issue 6: revocation by hash. The MA has the CRL generator list each unexpired application
     * certificate of a revoked RSU, and identification certificate of a revoked privileged OBU (its HashedId10 and expiry, IEEE 1609.2
     * {@code HashBasedRevocationInfo}); each hash CRL is signed by the CRL generator (a series of
     * its own, crlSerial = the CRL version it goes with) and verified once; receivers check an RSU's
     * certificate through a {@link org.scmsim.crypto.crl.CrlIndex} of the hash CRL they hold.
     */
    private final class HashRevocations {

        private final List<org.scmsim.crypto.crl.HashBasedRevocationInfo> entries = new java.util.ArrayList<>();
        private final Map<Integer, org.scmsim.crypto.crl.CrlContents> crls = new HashMap<>();
        private final Map<Long, org.scmsim.crypto.crl.CrlIndex> indexes = new HashMap<>();

        Verdict revoke(int device, int lastWeek, double now) {
            var byWeek = nonPseudonym.get(device);
            if (byWeek == null) {
                return Verdict.NOT_CHECKED;
            }
            Time32 t = at(now);
            int n = 0;
            if (lastWeek < weekOf(now)) {
                return Verdict.NOT_CHECKED;
            }
            for (List<Certificate> certs : byWeek.subMap(weekOf(now), true, lastWeek, true).values()) {
                for (Certificate c : certs) {
                    if (c.validityEnd().value() > t.value()) {
                        entries.add(new org.scmsim.crypto.crl.HashBasedRevocationInfo(c.hashedId10(), c.validityEnd()));
                        n++;
                    }
                }
            }
            operations++;
            return n == 0 ? Verdict.NOT_CHECKED : Verdict.ACCEPTED;
        }

        int issue(int version, double now, double nextCrl) {
            Time32 t = at(now);
            entries.removeIf(e -> e.expiry().value() <= t.value());   // expired certificates leave the CRL
            var generator = scms.crlGenerator();
            var contents = generator.hashCrl(profile.crlSeries() + 1, t, at(Math.max(now, nextCrl)), version,
                    List.copyOf(entries));
            byte[] signed = generator.sign(contents);
            crls.put(version, published("hash CRL " + version, signed));
            operations += 2;
            return signed.length;
        }

        Verdict check(int sender, int week, int crlVersion) {
            var byWeek = nonPseudonym.get(sender);
            List<Certificate> certs = byWeek == null ? null : byWeek.get(week);
            if (certs == null || certs.isEmpty()) {
                return Verdict.NOT_CHECKED;
            }
            var crl = crls.get(crlVersion);
            if (crl == null) {
                return Verdict.ACCEPTED;   // no hash CRL held: nothing is listed
            }
            long key = ((long) crlVersion << 32) | (week & 0xFFFF_FFFFL);
            var index = indexes.get(key);
            if (index == null) {
                if (indexes.size() > 64) {
                    indexes.clear();
                }
                index = org.scmsim.crypto.crl.CrlIndex.build(week, List.of(crl));
                indexes.put(key, index);
            }
            operations++;
            var target = org.scmsim.crypto.crl.RevocationTarget.ofHash(certs.get(0).hashedId10());
            return index.check(target).isRevoked() ? Verdict.REVOKED : Verdict.ACCEPTED;
        }
    }

    /**
     * The real misbehaviour and revocation path: reports built by the reporter (crypto-core's
     * {@link org.scmsim.crypto.misbehavior.MisbehaviorReporter}) and read by the MA
     * ({@link org.scmsim.crypto.misbehavior.MisbehaviorAuthority}); a revoked device's linkage
     * entry from the PCA's record of a certificate and each LA's seed chain; CRLs signed by the CRL
     * generator and verified once (every receiver gets the same bytes); receivers' checks through a
     * {@link org.scmsim.crypto.crl.CrlIndex} of the CRL they hold.
     */
    private final class Revocations {

        private final org.scmsim.crypto.misbehavior.MisbehaviorAuthority ma =
                new org.scmsim.crypto.misbehavior.MisbehaviorAuthority(backend, scms.maCredential().certificate(),
                        scms.maEncryptionKey(), scms.pcaCertificate(), scms.pcaKey());
        private final Map<Integer, byte[]> reports = new HashMap<>();
        private final Map<Integer, Certificate> reportEvidence = new HashMap<>();
        private final Map<Integer, Certificate> evidence = new HashMap<>();
        private final Map<Integer, Revoked> revoked = new java.util.LinkedHashMap<>();
        private final Map<Integer, org.scmsim.crypto.crl.CrlContents> crls = new HashMap<>();
        private final Map<Long, org.scmsim.crypto.crl.CrlIndex> indexes = new HashMap<>();
        private int nextReport;

        /** A revoked device's linkage entry with its seeds at {@code iRev}. */
        private record Revoked(org.scmsim.crypto.crl.LinkedRevocation entry, int iRev) {
        }

        int report(int reporter, int suspect, double now) {
            int w = weekOf(now);
            SigningCredential mine = pseudonymOf(reporter, w);
            SigningCredential theirs = pseudonymOf(suspect, w);
            if (mine == null || theirs == null) {
                return -1;
            }
            Time32 t = at(now);
            // the suspect's BSM as the reporter received it: the evidence
            byte[] bsm = SignedMessage.sign(backend, new byte[] {(byte) suspect, (byte) (suspect >>> 8), (byte) w},
                    BSM_PSID, t, theirs, SignerType.CERTIFICATE);
            var content = new org.scmsim.crypto.misbehavior.MisbehaviorReport(t, BSM_PSID,
                    List.of(new org.scmsim.crypto.misbehavior.Observation(5, 4)), List.of(bsm));
            byte[] sealed = org.scmsim.crypto.misbehavior.MisbehaviorReporter.report(backend, content,
                    mine, scms.maCredential().certificate(),
                    scms.maEncryptionKey().publicKey(), t);
            operations += 4;   // evidence signature, report signature, ECIES key generation and agreement
            int handle = nextReport++;
            reports.put(handle, sealed);
            reportEvidence.put(handle, theirs.certificate());
            return handle;
        }

        Verdict receive(int handle, int suspect) {
            byte[] sealed = reports.remove(handle);
            Certificate expected = reportEvidence.remove(handle);
            if (sealed == null) {
                return Verdict.NOT_CHECKED;
            }
            var read = ma.receive(sealed);
            operations += 5;   // ECIES agreement, two key reconstructions, two verifications
            if (read.verdict() != org.scmsim.crypto.misbehavior.ReportVerdict.ACCEPTED) {
                return Verdict.REJECTED;
            }
            List<Certificate> suspects = read.authenticSuspects();
            if (suspects.size() != 1 || !suspects.get(0).hashedId8().equals(expected.hashedId8())) {
                return Verdict.REJECTED;
            }
            evidence.put(suspect, suspects.get(0));
            return Verdict.ACCEPTED;
        }

        /**
         * The MA names the device's linkage chains from a certificate of it (the evidence of its
         * reports, else the pseudonym it uses now) through the PCA and both LAs. A certificate from
         * another PCA instance than the one the MA asks (a PCA worker) is resolved through the RA's
         * record of the device's request, which names the same chains.
         */
        Verdict revoke(int device, int iMax, double now) {
            Device d = devices.get(device);
            if (d == null) {
                return Verdict.NOT_CHECKED;
            }
            int w = weekOf(now);
            Certificate cert = evidence.get(device);
            if (cert == null) {
                SigningCredential p = pseudonymOf(device, w);
                if (p == null) {
                    p = latestPseudonymOf(d);
                }
                cert = p == null ? null : p.certificate();
            }
            if (cert == null && d.handle == null) {
                return Verdict.NOT_CHECKED;
            }
            org.scmsim.crypto.crl.LinkedRevocation entry;
            try {
                entry = cert == null ? null
                        : ma.revocationFor(cert, scms.pca(), scms.la1(), scms.la2(), w, iMax).orElse(null);
                if (entry == null && d.handle != null) {
                    entry = new org.scmsim.crypto.crl.LinkedRevocation(profile.certificatesPerPeriod(), scms.la1().id(),
                            scms.la2().id(), iMax, scms.la1().seedAt(d.handle.chain1(), w),
                            scms.la2().seedAt(d.handle.chain2(), w));
                }
            } catch (IllegalArgumentException e) {
                return Verdict.REJECTED;
            }
            if (entry == null) {
                return Verdict.REJECTED;
            }
            synchronized (scms.ra()) {
                scms.ra().blacklist(d.enrollment.certificate().hashedId8());
            }
            revoked.put(device, new Revoked(entry, w));
            operations += 2;
            return Verdict.ACCEPTED;
        }

        int issue(int version, double now, double nextCrl) {
            int w = weekOf(now);
            List<org.scmsim.crypto.crl.LinkedRevocation> entries = new java.util.ArrayList<>();
            for (Revoked r : revoked.values()) {
                var e = r.entry();
                if (e.iMax() < w) {
                    continue;   // expired: the device holds no certificate after iMax
                }
                int steps = w - r.iRev();
                entries.add(new org.scmsim.crypto.crl.LinkedRevocation(e.jmax(), e.la1(), e.la2(), e.iMax(),
                        org.scmsim.crypto.linkage.LinkageFunctions.evolve(e.la1(), e.seed1(), steps),
                        org.scmsim.crypto.linkage.LinkageFunctions.evolve(e.la2(), e.seed2(), steps)));
            }
            var generator = scms.crlGenerator();
            var contents = generator.linkageCrl(profile.crlSeries(), at(now), at(Math.max(now, nextCrl)), w, 0, entries);
            byte[] signed = generator.sign(contents);
            crls.put(version, published("CRL " + version, signed));
            operations += 2;
            return signed.length;
        }

        Verdict check(int sender, int week, int crlVersion) {
            SigningCredential p = pseudonymOf(sender, week);
            if (p == null) {
                return Verdict.NOT_CHECKED;
            }
            var crl = crls.get(crlVersion);
            if (crl == null) {
                return Verdict.ACCEPTED;   // no CRL held: nothing is listed
            }
            long key = ((long) crlVersion << 32) | (week & 0xFFFF_FFFFL);
            var index = indexes.get(key);
            if (index == null) {
                if (indexes.size() > 64) {
                    indexes.clear();
                }
                index = org.scmsim.crypto.crl.CrlIndex.build(week, List.of(crl));
                indexes.put(key, index);
            }
            var target = org.scmsim.crypto.scms.PseudonymCertificates.revocationTarget(p.certificate());
            return index.check(target).isRevoked() ? Verdict.REVOKED : Verdict.ACCEPTED;
        }
    }
}
