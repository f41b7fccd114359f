package org.scmsim.crypto.scms;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateBase;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateType;
import org.bouncycastle.oer.its.ieee1609dot2.IssuerIdentifier;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflyVariant;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.EcdsaSignature;
import org.scmsim.crypto.ec.P256Points;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.ecies.Ecies;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.data.RecipientKind;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageValue;
import org.scmsim.crypto.linkage.PreLinkageValue;

/**
 * The pseudonym (authorization) CA. For each {@link RaAcaCertRequestSpdu} (checked: signed by its
 * RA, within policy) it decrypts the two
 * pre-linkage values, builds the certificate on the cocoon key with LinkageData{iCert, lv},
 * implicit (ECQV: P_U = B + c·G, private-key reconstruction value s = e·c + d_PCA) or explicit
 * (public key B + c·G, signed; the device adds c), and returns it encrypted to the cocoon
 * encryption key (ECIES, P1 = SHA-256("")), signed by the PCA (original keys) or not (unified,
 * 1609.2.1 {@code cubk}). Also issues OBU identification and RSU application certificates (no
 * linkage). Thread-safe.
 */
public final class Pca {

    private static final UINT8 VERSION = new UINT8(3);

    private final EcBackend backend;
    private final SigningCredential credential;
    private final Map<LaId, byte[]> laKeys;
    private final PseudonymProfile profile;
    private final HashedId8 craca;
    private final byte[] pcaSha256;
    private final CertificateIssuer issuer;
    private final Map<HashedId8, LinkageInfo> issued = new ConcurrentHashMap<>();
    private final Map<Long, Optional<TbsTemplate>> templates = new ConcurrentHashMap<>();
    private final byte[] pcaId;
    private final RaRequestVerifier raRequests;

    /**
     * @param laKeys the AES-128 key shared with each LA
     * @param craca the HashedId8 of the CRL generator's certificate (its last 3 octets become cracaId)
     * @param ra the certificate of the one RA this PCA serves (it signs every request)
     * @param raKey the RA certificate's public key, kept as one object so verification reuses its precomputation
     */
    public Pca(EcBackend backend, SigningCredential credential, Map<LaId, byte[]> laKeys, PseudonymProfile profile, HashedId8 craca,
            Certificate ra, ECPoint raKey) {
        this.raRequests = new RaRequestVerifier(backend, ra, raKey, profile);
        this.backend = Objects.requireNonNull(backend, "backend");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.laKeys = Map.copyOf(laKeys);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.craca = Objects.requireNonNull(craca, "craca");
        this.pcaSha256 = credential.certificate().sha256();
        this.pcaId = credential.certificate().hashedId8().bytes();
        this.issuer = new CertificateIssuer(backend);
    }

    public Certificate certificate() {
        return credential.certificate();
    }

    public PseudonymProfile profile() {
        return profile;
    }

    /**
     * Issues one pseudonym certificate for the RA's signed request: decodes it, checks that the
     * RA signed it and that its tbsCert is within this PCA's policy, decrypts the two pre-linkage
     * values, and returns the response for the RA (the EE's part encrypted to the cocoon key and,
     * for original butterfly keys, signed after the {@link ToBeSignedEncryptedCertificateResponse}
     * header).
     *
     * @throws PcaRejectedException if the request is malformed (the field is named), not signed by
     *     the RA, outside policy, or a pre-linkage value does not decrypt
     */
    public AcaRaCertResponse issuePseudonym(RaAcaCertRequestSpdu spdu, Time32 now) {
        RaAcaCertRequest request = raRequests.open(spdu);
        byte[] lv = LinkageValue.of(decryptPlv(request.plv1()), decryptPlv(request.plv2())).bytes();
        boolean explicit = request.type() == CertificateFormat.EXPLICIT;
        int iCert = request.iCert();
        TbsTemplate template = templates.computeIfAbsent(((long) iCert << 1) | (explicit ? 1 : 0), k -> Optional.ofNullable(
                TbsTemplate.locate((l, key) -> encodeTbs(iCert, l, key, explicit)))).orElse(null);
        EcCurve curve = EcCurve.NIST_P256;
        byte[] certBytes;
        BigInteger privateKeyInfo;
        while (true) {
            EcKeyPair c = backend.generateKeyPair(curve);
            ECPoint key = P256Points.addPublic(request.signingKey(), c.publicKey()); // P_U (implicit) or the public key (explicit): public
            if (key.isInfinity()) {
                continue;
            }
            byte[] tbs = template != null ? template.patch(lv, key) : encodeTbs(iCert, lv, key, explicit);
            if (explicit) {
                byte[] hash = Sha256.signingHashWithSignerDigest(tbs, pcaSha256);
                certBytes = explicitCertificate(tbs, backend.sign(curve, credential.keyPair().privateKey(), hash));
                privateKeyInfo = c.privateKey();
            } else {
                BigInteger e = Ecqv.hashToScalar(tbs, pcaSha256, curve);
                if (e.signum() == 0) {
                    continue;
                }
                certBytes = implicitCertificate(tbs);
                privateKeyInfo = e.multiply(c.privateKey()).add(credential.keyPair().privateKey()).mod(curve.order());
            }
            break;
        }
        HashedId8 certId = HashedId8.of(certBytes);
        boolean cubk = request.variant() == ButterflyVariant.UNIFIED;
        byte[] plaintext = cubk ? AcaEeCertResponse.encode(now, certBytes, privateKeyInfo) : responsePlaintext(certBytes, privateKeyInfo);
        ECPoint responseKey = request.responseEncryptionKey();
        byte[] encrypted = EncryptedMessage.encrypt(backend, plaintext, responseKey,
                EncryptedMessage.responseKeyId(responseKey), RecipientKind.RESPONSE_ENCRYPTION_KEY, Ecies.p1Empty());
        byte[] eeResponse = cubk ? encrypted
                : SignedMessage.sign(backend, ToBeSignedEncryptedCertificateResponse.forCertificate(profile.periodStart(iCert),
                        profile.validity(), encrypted).encode(), PseudonymRequester.SCMS_PSID, now, credential, SignerType.DIGEST);
        issued.put(certId, new LinkageInfo(request.iCert(), request.plv1(), request.plv2()));
        return AcaRaCertResponse.create(now, spdu.requestHash(), cubk ? AcaResponseKind.CUBK : AcaResponseKind.PRIVATE, eeResponse);
    }

    /** COER of a pseudonym ToBeSignedCertificate (full encoding; {@link TbsTemplate} patches it). */
    byte[] encodeTbs(int iCert, byte[] lv, ECPoint key, boolean explicit) {
        VerificationKeyIndicator vki = explicit
                ? VerificationKeyIndicator.verificationKey(EcOer.verificationKey(EcCurve.NIST_P256, key))
                : VerificationKeyIndicator.reconstructionValue(EcOer.compressed(key));
        return Oer.encode(pseudonymTemplate(iCert, new LinkageValue(lv)).toTbs(vki), Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT);
    }

    /** {@code CertificateBase{version 3, implicit, sha256AndDigest(PCA), tbs}}: preamble 00 (no signature). */
    private byte[] implicitCertificate(byte[] tbs) {
        byte[] out = new byte[12 + tbs.length];
        out[0] = 0x00;
        out[1] = 0x03;
        out[2] = 0x01;
        out[3] = (byte) 0x80;
        System.arraycopy(pcaId, 0, out, 4, 8);
        System.arraycopy(tbs, 0, out, 12, tbs.length);
        return out;
    }

    /** {@code CertificateBase{version 3, explicit, sha256AndDigest(PCA), tbs, signature}}: preamble 80. */
    private byte[] explicitCertificate(byte[] tbs, EcdsaSignature sig) {
        byte[] out = new byte[12 + tbs.length + 66];
        out[0] = (byte) 0x80;
        out[1] = 0x03;
        out[2] = 0x00;
        out[3] = (byte) 0x80;
        System.arraycopy(pcaId, 0, out, 4, 8);
        System.arraycopy(tbs, 0, out, 12, tbs.length);
        int at = 12 + tbs.length;
        out[at] = (byte) 0x80;     // ecdsaNistP256Signature
        out[at + 1] = (byte) 0x80; // rSig x-only
        System.arraycopy(sig.rBytes(), 0, out, at + 2, 32);
        System.arraycopy(sig.sBytes(), 0, out, at + 34, 32);
        return out;
    }

    /** For the MA: the linkage information of a certificate this PCA issued. */
    public Optional<LinkageInfo> linkageInfo(HashedId8 certificate) {
        return Optional.ofNullable(issued.get(certificate));
    }

    /** Number of pseudonym certificates issued. */
    public int issuedCount() {
        return issued.size();
    }

    /**
     * An identification (OBU) or application (RSU) certificate for a device's own key: no
     * linkage data, validity as given; implicit unless {@code format} is explicit.
     *
     * @return the certificate and, for implicit certificates, the reconstruction value s
     */
    public IssuedCertificate issueNonPseudonym(ECPoint deviceKey, List<Long> psids, Time32 start, Duration validity,
            CertificateFormat format) {
        CertificateTemplate t = CertificateTemplate.create().noId().craca(craca).crlSeries(profile.crlSeries())
                .validity(start, validity);
        if (profile.countryRegion() > 0) {
            t.countryRegion(profile.countryRegion());
        }
        for (long psid : psids) {
            t.appPermission(psid);
        }
        if (format == CertificateFormat.EXPLICIT) {
            return new IssuedCertificate(issuer.issueExplicit(t, EcCurve.NIST_P256, deviceKey, credential), Optional.empty());
        }
        Implicit imp = issueImplicit(t, deviceKey);
        return new IssuedCertificate(imp.certificate, Optional.of(imp.s));
    }

    /** A certificate and, if implicit, the private-key reconstruction value. */
    public record IssuedCertificate(Certificate certificate, Optional<BigInteger> reconstructionValue) {
    }

    private CertificateTemplate pseudonymTemplate(int iCert, LinkageValue lv) {
        CertificateTemplate t = CertificateTemplate.create().linkage(iCert, lv.bytes()).craca(craca)
                .crlSeries(profile.crlSeries()).validity(profile.periodStart(iCert), profile.validity());
        if (profile.countryRegion() > 0) {
            t.countryRegion(profile.countryRegion());
        }
        for (long psid : profile.psids()) {
            t.appPermission(psid);
        }
        return t;
    }

    private record Implicit(Certificate certificate, BigInteger s) {
    }

    /**
     * ECQV issuance with the PCA's random contribution c drawn as a key pair from the backend (a
     * native key generation with Conscrypt): P_U = R + c·G, s = e·c + d_PCA mod n.
     */
    private Implicit issueImplicit(CertificateTemplate template, ECPoint requestKey) {
        EcCurve curve = EcCurve.NIST_P256;
        while (true) {
            EcKeyPair c = backend.generateKeyPair(curve);
            ECPoint pu = P256Points.addPublic(c.publicKey(), requestKey);
            if (pu.isInfinity()) {
                continue;
            }
            ToBeSignedCertificate tbs = template.toTbs(VerificationKeyIndicator.reconstructionValue(EcOer.compressed(pu)));
            byte[] tbsEnc = Oer.encode(tbs, Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT);
            BigInteger e = Ecqv.hashToScalar(tbsEnc, pcaSha256, curve);
            if (e.signum() == 0) {
                continue;
            }
            BigInteger s = e.multiply(c.privateKey()).add(credential.keyPair().privateKey()).mod(curve.order());
            Certificate cert = Certificates.of(new CertificateBase(VERSION, CertificateType.implicit,
                    IssuerIdentifier.sha256AndDigest(new org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8(
                            credential.certificate().hashedId8().bytes())), tbs, null));
            return new Implicit(cert, s);
        }
    }

    private PreLinkageValue decryptPlv(EncryptedPlv plv) {
        byte[] key = laKeys.get(plv.laId());
        if (key == null) {
            throw new PcaRejectedException(PcaRejection.UNKNOWN_LA, "no key shared with LA " + plv.laId());
        }
        try {
            return plv.decrypt(key);
        } catch (DecodeException | DecryptionException e) {
            throw new PcaRejectedException(PcaRejection.PLV_NOT_DECRYPTABLE, "pre-linkage value from LA " + plv.laId()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The response plaintext, as in the CAMP / Korean SCMS responses:
     * {@code Ieee1609Dot2Data{3, unsecuredData( 0x80 || COER(certificate) || privateKeyInfo(32) )}}.
     */
    static byte[] responsePlaintext(byte[] certificate, BigInteger privateKeyInfo) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(160);
        body.write(0x80);
        body.writeBytes(certificate);
        body.writeBytes(EcCurve.to32Bytes(privateKeyInfo));
        return Spdu.unsecured(body.toByteArray());
    }
}
