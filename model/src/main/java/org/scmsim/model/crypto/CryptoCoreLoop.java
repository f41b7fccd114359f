package org.scmsim.model.crypto;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;
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
import org.scmsim.crypto.envelope.SignedEnvelope;
import org.scmsim.crypto.envelope.SignerKind;
import org.scmsim.crypto.scms.CertificateFormat;
import org.scmsim.crypto.scms.OpenResult;
import org.scmsim.crypto.scms.OpenedPseudonym;
import org.scmsim.crypto.scms.Pca;
import org.scmsim.crypto.scms.ProvisioningHandle;
import org.scmsim.crypto.scms.PseudonymBatch;
import org.scmsim.crypto.scms.PseudonymOpener;
import org.scmsim.crypto.scms.PseudonymProfile;
import org.scmsim.crypto.scms.PseudonymRequester;
import org.scmsim.crypto.scms.RaAcaCertRequest;
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
 * <ul>
 *   <li>enrollment: the ECA issues an implicit enrollment certificate;</li>
 *   <li>first batch: the device builds a butterfly request signed with its enrollment certificate
 *       and encrypted to the RA; the RA decrypts and validates it and starts the LAs' seed chains;</li>
 *   <li>install of weeks: for each week the RA expands the cocoon keys and gets the encrypted
 *       pre-linkage values, the PCA issues and encrypts each certificate, the RA files the
 *       responses, and the device decrypts, reconstructs its keys and checks every certificate.
 *       The work happens when the device installs the weeks, which the SCMS side generated earlier
 *       in simulated time: the bytes are the same whenever they are computed;</li>
 *   <li>a week's driving: the device signs a BSM with that week's first pseudonym and a receiver
 *       reconstructs the signer's key from the certificate and the PCA and verifies it;</li>
 *   <li>RSU application certificates: issued by the PCA for the RSU's key and reconstructed by it.</li>
 * </ul>
 */
public final class CryptoCoreLoop implements CryptoLoop {

    private static final long BSM_PSID = 0x20;

    private final EcBackend backend;
    private final ScmsHierarchy scms;
    private final PseudonymProfile profile;
    private final Instant start;
    private final boolean[] real;
    private final int obus;
    private final Map<Integer, Device> devices = new HashMap<>();
    private final Map<Integer, EcKeyPair> rsuKeys = new HashMap<>();
    private final List<Long> rsuPsids;
    private long operations;
    private long certificates;

    /** One real device's secrets and the certificates it can sign with. */
    private static final class Device {
        SigningCredential enrollment;
        ButterflySecrets secrets;
        ProvisioningHandle handle;
        PseudonymOpener opener;
        EcKeyPair identificationKey;
        final Map<Integer, OpenedPseudonym> firstOfWeek = new HashMap<>();
    }

    public CryptoCoreLoop(Scenario s, RandomStream sample, int obus, int rsus, int replication) {
        String run = "scmsim/" + s.name() + "/" + replication;
        this.backend = EcBackends.create("bc", Randomness.deterministic(s.seed(), run + "/backend"));
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
            d.handle = scms.ra().accept(request, firstWeek, t);
        } catch (RequestRejectedException e) {
            throw new IllegalStateException("the RA refused device " + device + "'s request: " + e.getMessage(), e);
        }
        operations += 3;
    }

    @Override
    public Verdict install(int device, int firstWeek, int lastWeek, double now) {
        Device d = devices.get(device);
        if (d == null || d.handle == null) {
            return Verdict.NOT_CHECKED;
        }
        Time32 t = at(now);
        Pca pca = scms.pca();
        boolean ok = true;
        for (int i = Math.max(firstWeek, d.handle.firstPeriod()); i <= lastWeek; i++) {
            List<RaAcaCertRequest> toPca = scms.ra().prepareWeek(d.handle, i, t);
            for (RaAcaCertRequest r : toPca) {
                scms.ra().deliver(pca.issuePseudonym(r, t));
                certificates++;
            }
            PseudonymBatch batch = scms.ra().batch(d.handle, i);
            operations += 3L * toPca.size();
            for (Map.Entry<Integer, byte[]> e : batch.responses().entrySet()) {
                OpenResult res = d.opener.open(i, e.getKey(), e.getValue());
                operations += 2;
                if (!res.isOk()) {
                    ok = false;
                    continue;
                }
                OpenedPseudonym p = res.pseudonym().orElseThrow();
                if (!p.certificate().isValidAt(profile.periodStart(i))) {
                    ok = false;
                }
                d.firstOfWeek.putIfAbsent(i, p);
            }
            ok &= batch.size() == profile.certificatesPerPeriod();
            d.firstOfWeek.keySet().removeIf(w -> w < firstWeek - 2);   // keep memory flat
        }
        return ok ? Verdict.ACCEPTED : Verdict.REJECTED;
    }

    @Override
    public Verdict signAndVerify(int device, int week, double now) {
        Device d = devices.get(device);
        OpenedPseudonym p = d == null ? null : d.firstOfWeek.get(week);
        if (p == null) {
            return Verdict.NOT_CHECKED;
        }
        Time32 t = at(now);
        byte[] bsm = SignedEnvelope.sign(backend, new byte[] {(byte) device, (byte) week}, BSM_PSID, t,
                new SigningCredential(p.certificate(), p.key()), SignerKind.CERTIFICATE);
        operations += 3;
        try {
            // the receiver: decode, take the signer's certificate, reconstruct its key, verify
            SignedEnvelope received = SignedEnvelope.decode(bsm, "BSM");
            Certificate signer = received.signerCertificate().orElse(null);
            if (signer == null || !signer.isValidAt(t)) {
                return Verdict.REJECTED;
            }
            ECPoint key = Ecqv.reconstructPublicKey(backend, signer, scms.pcaCertificate(), scms.pcaKey());
            return received.verify(backend, signer, key) ? Verdict.ACCEPTED : Verdict.REJECTED;
        } catch (DecodeException e) {
            return Verdict.REJECTED;
        }
    }

    @Override
    public void issueIdentification(int device, int firstWeek, int lastWeek, int perWeek, double now) {
        Device d = devices.get(device);
        if (d == null) {
            return;
        }
        if (d.identificationKey == null) {
            d.identificationKey = backend.generateKeyPair(EcCurve.NIST_P256);
            operations++;
        }
        for (int i = firstWeek; i <= lastWeek; i++) {
            for (int k = 0; k < perWeek; k++) {
                Pca.IssuedCertificate c = scms.pca().issueNonPseudonym(d.identificationKey.publicKey(), List.of(BSM_PSID),
                        profile.periodStart(i), profile.validity(), CertificateFormat.IMPLICIT);
                Ecqv.reconstructKeyPair(backend, c.certificate(), scms.pcaCertificate(), scms.pcaKey(),
                        c.reconstructionValue().orElseThrow(), d.identificationKey.privateKey());
                operations += 4;
                certificates++;
            }
        }
    }

    @Override
    public void issueApplication(int device, int week, double now) {
        EcKeyPair key = rsuKeys.get(device);
        if (key == null) {
            return;
        }
        for (long psid : rsuPsids) {   // one certificate per application
            Pca.IssuedCertificate c = scms.pca().issueNonPseudonym(key.publicKey(), List.of(psid),
                    profile.periodStart(week), profile.validity(), CertificateFormat.IMPLICIT);
            // the RSU reconstructs and checks its private key (throws if the certificate is wrong)
            Ecqv.reconstructKeyPair(backend, c.certificate(), scms.pcaCertificate(), scms.pcaKey(),
                    c.reconstructionValue().orElseThrow(), key.privateKey());
            operations += 4;
            certificates++;
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

    /** The device's first pseudonym of {@code week} (null: not real or not installed). */
    private OpenedPseudonym pseudonymOf(int device, int week) {
        Device d = devices.get(device);
        return d == null ? null : d.firstOfWeek.get(week);
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
            OpenedPseudonym mine = pseudonymOf(reporter, w);
            OpenedPseudonym theirs = pseudonymOf(suspect, w);
            if (mine == null || theirs == null) {
                return -1;
            }
            Time32 t = at(now);
            // the suspect's BSM as the reporter received it: the evidence
            byte[] bsm = SignedEnvelope.sign(backend, new byte[] {(byte) suspect, (byte) (suspect >>> 8), (byte) w},
                    BSM_PSID, t, new SigningCredential(theirs.certificate(), theirs.key()), SignerKind.CERTIFICATE);
            var content = new org.scmsim.crypto.misbehavior.MisbehaviorReport(t, BSM_PSID,
                    List.of(new org.scmsim.crypto.misbehavior.Observation(5, 4)), List.of(bsm));
            byte[] sealed = org.scmsim.crypto.misbehavior.MisbehaviorReporter.report(backend, content,
                    new SigningCredential(mine.certificate(), mine.key()), scms.maCredential().certificate(),
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
                OpenedPseudonym p = pseudonymOf(device, w);
                if (p == null && !d.firstOfWeek.isEmpty()) {
                    p = d.firstOfWeek.get(java.util.Collections.max(d.firstOfWeek.keySet()));
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
            scms.ra().blacklist(d.enrollment.certificate().hashedId8());
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
            // receivers verify the generator's signature on arrival; every one gets these same bytes
            try {
                var published = org.scmsim.crypto.crl.SecuredCrl.decode(signed);
                var check = published.verify(backend, scms.crlgCredential().certificate(),
                        scms.crlgCredential().keyPair().publicKey());
                if (check != org.scmsim.crypto.crl.CrlVerification.VALID) {
                    throw new IllegalStateException("CRL " + version + " does not verify: " + check);
                }
                crls.put(version, published.contents());
            } catch (DecodeException e) {
                throw new IllegalStateException("CRL " + version + " does not decode: " + e.getMessage(), e);
            }
            operations += 2;
            return signed.length;
        }

        Verdict check(int sender, int week, int crlVersion) {
            OpenedPseudonym p = pseudonymOf(sender, week);
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
