package org.scmsim.crypto.scms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.CocoonKeys;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.coer.DecodeException;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicVerificationKey;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.ecies.Ecies;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.data.SignedMessage;

/**
 * The registration authority: accepts a device's signed butterfly request (enrollment certificate
 * from the trusted ECA, signature, validity, blacklist), and for each week expands the caterpillar
 * keys into cocoon keys, obtains both LAs' encrypted pre-linkage values, shuffles the per-certificate
 * requests (so the PCA sees them out of device and j order), and files the PCA's responses back by j
 * into the device's download. The RA cannot read the responses; it learns j only through its own
 * request-id bookkeeping. Not thread-safe (one RA is one sequential server in the model).
 */
public final class Ra {

    private final EcBackend backend;
    private final Certificate eca;
    private final ECPoint ecaKey;
    private final LinkageAuthority la1;
    private final LinkageAuthority la2;
    private final PseudonymProfile profile;
    private final Randomness randomness;
    private final Set<HashedId8> blacklist = new HashSet<>();
    private final Map<HashedId8, ProvisioningHandle> handles = new HashMap<>();
    private final Map<HashedId8, Routing> pending = new HashMap<>();
    private final Map<Long, Optional<TbsTemplate>> requestTemplates = new HashMap<>();
    private final Map<HashedId8, Map<Integer, TreeMap<Integer, byte[]>>> downloads = new HashMap<>();

    private record Routing(HashedId8 requestHash, int i, int j) {
    }

    private final SigningCredential raCredential;
    private final Certificate raCertificate;
    private final EcKeyPair raEncryptionKey;

    /**
     * @param raCredential the RA's certificate and signing key: it signs every request to the PCA
     * @param raEncryptionKey the key devices encrypt their requests to (its certificate's encryption
     *     key: {@code SecuredPseudonymCertProvisioningRequest}, certRecipInfo, P1 = SHA-256 of the RA
     *     certificate); signed requests that are not encrypted are accepted too
     */
    public Ra(EcBackend backend, Certificate eca, ECPoint ecaKey, LinkageAuthority la1, LinkageAuthority la2,
            PseudonymProfile profile, Randomness randomness, SigningCredential raCredential, EcKeyPair raEncryptionKey) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.eca = Objects.requireNonNull(eca, "eca");
        this.ecaKey = Objects.requireNonNull(ecaKey, "ecaKey");
        this.la1 = Objects.requireNonNull(la1, "la1");
        this.la2 = Objects.requireNonNull(la2, "la2");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.randomness = Objects.requireNonNull(randomness, "randomness");
        this.raCredential = Objects.requireNonNull(raCredential, "raCredential");
        this.raCertificate = raCredential.certificate();
        this.raEncryptionKey = Objects.requireNonNull(raEncryptionKey, "raEncryptionKey");
    }

    /**
     * Validates a signed {@code EeRaCertRequest} (bare, or encrypted to this RA) and starts provisioning from period
     * {@code firstPeriod}: a new seed chain at each LA. The same request sent again (same request hash)
     * returns the handle of the first acceptance.
     *
     * @throws RequestRejectedException with the reason the request is refused
     */
    public ProvisioningHandle accept(byte[] request, int firstPeriod, Time32 now) throws RequestRejectedException {
        byte[] signedRequest = request;
        if (request.length > 2 && request[0] == 3 && (request[1] & 0xFF) == 0x82) {
            signedRequest = decrypt(request);
        }
        SignedMessage env;
        EeRaCertRequests.Decoded body;
        try {
            env = SignedMessage.decode(signedRequest, "SignedEeRaCertRequest");
            body = EeRaCertRequests.decode(env.payload());
        } catch (DecodeException e) {
            throw new RequestRejectedException(RequestRejection.MALFORMED, e.getMessage());
        }
        Certificate enrollment = env.signerCertificate().orElseThrow(() -> new RequestRejectedException(
                RequestRejection.UNKNOWN_ENROLLMENT_ISSUER, "request names its signer by digest only"));
        if (!enrollment.issuerId().map(eca.hashedId8()::equals).orElse(false) || !enrollment.isImplicit()) {
            throw new RequestRejectedException(RequestRejection.UNKNOWN_ENROLLMENT_ISSUER,
                    "enrollment certificate " + enrollment.hashedId8().hex() + " not issued by ECA " + eca.hashedId8().hex());
        }
        if (blacklist.contains(enrollment.hashedId8())) {
            throw new RequestRejectedException(RequestRejection.BLACKLISTED, "enrollment certificate " + enrollment.hashedId8().hex());
        }
        if (!enrollment.isValidAt(now)) {
            throw new RequestRejectedException(RequestRejection.ENROLLMENT_NOT_VALID, "enrollment certificate valid "
                    + enrollment.validityStart() + " to " + enrollment.validityEnd() + ", now " + now);
        }
        ECPoint enrollmentKey = Ecqv.reconstructPublicKey(backend, enrollment, eca, ecaKey);
        if (!env.verify(backend, enrollment, enrollmentKey)) {
            throw new RequestRejectedException(RequestRejection.BAD_SIGNATURE, "request signature does not verify");
        }
        HashedId8 requestHash = PseudonymRequester.requestHash(request);
        ProvisioningHandle earlier = handles.get(requestHash);
        if (earlier != null) {
            return earlier; // a retransmission: the same provisioning, no new seed chains
        }
        ProvisioningHandle h = new ProvisioningHandle(requestHash, enrollment.hashedId8(), body.params(), body.format(),
                la1.newChain(firstPeriod), la2.newChain(firstPeriod), firstPeriod, now);
        handles.put(requestHash, h);
        return h;
    }

    private byte[] decrypt(byte[] request) throws RequestRejectedException {
        try {
            EncryptedMessage env = EncryptedMessage.decode(request, "SecuredPseudonymCertProvisioningRequest");
            if (!env.recipientId().equals(raCertificate.hashedId8())) {
                throw new RequestRejectedException(RequestRejection.NOT_DECRYPTABLE, "encrypted to " + env.recipientId().hex()
                        + ", this RA is " + raCertificate.hashedId8().hex());
            }
            return env.decrypt(backend, raEncryptionKey.privateKey(), Ecies.p1ForCertificate(raCertificate.encoded()));
        } catch (DecodeException e) {
            throw new RequestRejectedException(RequestRejection.MALFORMED, e.getMessage());
        } catch (DecryptionException e) {
            throw new RequestRejectedException(RequestRejection.NOT_DECRYPTABLE, e.getMessage());
        }
    }

    /**
     * The shuffled RA→PCA requests for week i of one device: cocoon keys for j = 0 .. jmax-1 and
     * the LAs' encrypted pre-linkage values, each an {@link RaAcaCertRequestSpdu} signed by the RA.
     * The RA keeps the request-hash → j routing.
     */
    public List<RaAcaCertRequestSpdu> prepareWeek(ProvisioningHandle handle, int i, Time32 now) {
        List<RaAcaCertRequestSpdu> out = prepareWeekUnshuffled(handle, i, now);
        Collections.shuffle(out, randomness.random());
        return out;
    }

    /**
     * The requests of several devices' weeks, shuffled together (the RA's batch to the PCA): the
     * PCA can then not tell which requests belong to the same device.
     */
    public List<RaAcaCertRequestSpdu> prepareWeeks(List<ProvisioningHandle> devices, int i, Time32 now) {
        List<RaAcaCertRequestSpdu> out = new ArrayList<>();
        for (ProvisioningHandle h : devices) {
            out.addAll(prepareWeekUnshuffled(h, i, now));
        }
        Collections.shuffle(out, randomness.random());
        return out;
    }

    private List<RaAcaCertRequestSpdu> prepareWeekUnshuffled(ProvisioningHandle handle, int i, Time32 now) {
        if (i < handle.firstPeriod()) {
            throw new IllegalArgumentException("week " + i + " is before the device's first week " + handle.firstPeriod());
        }
        int jmax = profile.certificatesPerPeriod();
        List<CocoonKeys> cocoons = handle.params().expandWeek(i, jmax);
        EncryptedPlv[] p1 = la1.encryptedPreLinkageValues(handle.chain1(), i, jmax);
        EncryptedPlv[] p2 = la2.encryptedPreLinkageValues(handle.chain2(), i, jmax);
        boolean explicit = handle.format() == CertificateFormat.EXPLICIT;
        List<RaAcaCertRequestSpdu> out = new ArrayList<>(jmax);
        for (int j = 0; j < jmax; j++) {
            CocoonKeys c = cocoons.get(j);
            RaAcaCertRequest request = RaAcaCertRequest.create(now, handle.format(), handle.params().variant(), p1[j], p2[j],
                    c.encryption(), requestTbs(i, explicit, c.signing()), i, c.signing(), REQUEST_POINTS);
            RaAcaCertRequestSpdu spdu = RaAcaCertRequestSpdu.sign(backend, request, raCredential);
            if (pending.putIfAbsent(spdu.requestHash(), new Routing(handle.requestHash(), i, j)) != null) {
                throw new IllegalStateException("two pending requests share the hash " + spdu.requestHash().hex());
            }
            out.add(spdu);
        }
        return out;
    }

    /**
     * The tbsCert template of a request: {@code LinkageData{i, 0^9}} (the PCA writes the real
     * linkage value), cracaId 000000, crlSeries 0, period i's validity, the profile's region and
     * PSIDs, and the cocoon key B as reconstruction value (implicit) or verification key
     * (explicit). Encoded once per (i, format), then patched per certificate.
     */
    private byte[] requestTbs(int i, boolean explicit, ECPoint key) {
        TbsTemplate t = requestTemplates.computeIfAbsent(((long) i << 1) | (explicit ? 1 : 0),
                k -> Optional.ofNullable(TbsTemplate.locate((lv, p) -> encodeRequestTbs(i, lv, p, explicit), REQUEST_POINTS)))
                .orElse(null);
        return t != null ? t.patch(NO_LINKAGE_VALUE, key) : encodeRequestTbs(i, NO_LINKAGE_VALUE, key, explicit);
    }

    private static final byte[] NO_LINKAGE_VALUE = new byte[9];

    /**
     * The form of the cocoon keys in the requests to the PCA (tbsCert key and certEncKey):
     * uncompressed, so that the PCA checks the curve equation instead of taking two square roots.
     */
    static final PointEncoding REQUEST_POINTS = PointEncoding.UNCOMPRESSED;

    byte[] encodeRequestTbs(int i, byte[] lv, ECPoint key, boolean explicit) {
        CertificateTemplate t = CertificateTemplate.create().linkage(i, lv).cracaId(new byte[3]).crlSeries(0)
                .validity(profile.periodStart(i), profile.validity());
        if (profile.countryRegion() > 0) {
            t.countryRegion(profile.countryRegion());
        }
        for (long psid : profile.psids()) {
            t.appPermission(psid);
        }
        ECPoint n = key.normalize();
        EccP256CurvePoint point = REQUEST_POINTS == PointEncoding.UNCOMPRESSED
                ? EccP256CurvePoint.uncompressedP256(n.getAffineXCoord().toBigInteger(), n.getAffineYCoord().toBigInteger())
                : EcOer.compressed(n);
        VerificationKeyIndicator vki = explicit
                ? VerificationKeyIndicator.verificationKey(PublicVerificationKey.ecdsaNistP256(point))
                : VerificationKeyIndicator.reconstructionValue(point);
        return Oer.encode(t.toTbs(vki), Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT);
    }

    /**
     * Files one PCA response into its device's download by (i, j), found by its request hash.
     *
     * @throws IllegalArgumentException for a response to no pending request
     */
    public void deliver(AcaRaCertResponse response) {
        Routing r = pending.remove(response.requestHash());
        if (r == null) {
            throw new IllegalArgumentException("no pending request " + response.requestHash().hex());
        }
        downloads.computeIfAbsent(r.requestHash(), k -> new HashMap<>()).computeIfAbsent(r.i(), k -> new TreeMap<>())
                .put(r.j(), response.eeResponse());
    }

    /** The device's download for week i (whatever has arrived so far). */
    public PseudonymBatch batch(ProvisioningHandle handle, int i) {
        Map<Integer, TreeMap<Integer, byte[]>> byWeek = downloads.getOrDefault(handle.requestHash(), Map.of());
        return new PseudonymBatch(handle.requestHash(), i, byWeek.getOrDefault(i, new TreeMap<>()));
    }

    /** Requests sent to the PCA and not yet answered. */
    public int pendingCount() {
        return pending.size();
    }

    public Optional<ProvisioningHandle> handle(HashedId8 requestHash) {
        return Optional.ofNullable(handles.get(requestHash));
    }

    /** Refuses every later request signed with this enrollment certificate (the MA's order). */
    public void blacklist(HashedId8 enrollmentCertificate) {
        blacklist.add(enrollmentCertificate);
    }

    /** For the MA: the LA chains of the device behind a request. */
    public Optional<ProvisioningHandle> handleOfEnrollment(HashedId8 enrollment) {
        return handles.values().stream().filter(h -> h.enrollment().equals(enrollment)).findFirst();
    }
}
