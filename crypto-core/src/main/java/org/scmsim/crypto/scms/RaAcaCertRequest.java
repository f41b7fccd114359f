package org.scmsim.crypto.scms;

import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateId;
import org.bouncycastle.oer.its.ieee1609dot2.LinkageData;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicVerificationKey;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflyVariant;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.P256Points;

/**
 * The RA's request to the PCA for one pseudonym certificate (after expansion and shuffling), the
 * 1609.2.1 ACA–RA structure inside its {@code ScmsPdu}. It names the period i (in the tbsCert's
 * LinkageData) but not j. The RA sends it signed: {@link RaAcaCertRequestSpdu}.
 * <pre>
 * ScmsPdu ::= SEQUENCE { version Uint8 (2), content CHOICE { ..., aca-ra AcaRaInterfacePdu, ... } }   -- aca-ra: 0x83
 * AcaRaInterfacePdu ::= CHOICE { raAcaCertRequest RaAcaCertRequest, acaRaCertResponse AcaRaCertResponse, ... }
 * RaAcaCertRequest ::= SEQUENCE {
 *   version        Uint8 (2),
 *   generationTime Time32,
 *   type           CertificateType,                 -- explicit | implicit
 *   flags          RaAcaCertRequestFlags,           -- BIT STRING {butterflyExplicit (0), cubk (1)} (SIZE (8))
 *   linkageInfo    LinkageInfo OPTIONAL,            -- { encPlv1, encPlv2 EncryptedIndividualPLV, ... }
 *   certEncKey     PublicEncryptionKey OPTIONAL,    -- the cocoon encryption key Q; absent with cubk
 *   tbsCert        ToBeSignedCertificate (WITH COMPONENTS { ..., cracaId ('000000'H), crlSeries (0),
 *                    appPermissions PRESENT, certIssuePermissions ABSENT, certRequestPermissions ABSENT }),
 *   ...
 * }
 * </pre>
 * The tbsCert carries {@code id linkageData{iCert, linkage-value 0^9}} (a dummy the PCA replaces)
 * and the cocoon signing key B as its {@code verifyKeyIndicator}: a {@code reconstructionValue} for
 * an implicit certificate, a {@code verificationKey} for an explicit one. Only linked (pseudonym)
 * requests are read; a request without linkageInfo is refused with a DecodeException. Both cocoon
 * keys may be compressed or {@code uncompressedP256} ({@link PointEncoding}); the {@link Ra} sends
 * them uncompressed (65 octets each instead of 33), which spares the PCA two square roots per
 * request: it checks the curve equation instead.
 */
public final class RaAcaCertRequest {

    /** Uint8 (2) of 1609.2.1 structures and of ScmsPdu. */
    public static final int VERSION = 2;
    /** ScmsPdu.content choice aca-ra (index 3). */
    static final int SCMS_PDU_ACA_RA = 0x83;
    static final int FLAG_BUTTERFLY_EXPLICIT = 0x80;
    static final int FLAG_CUBK = 0x40;
    private static final String WHAT = "ScmsPdu";

    private final Time32 generationTime;
    private final CertificateFormat type;
    private final ButterflyVariant variant;
    private final EncryptedPlv plv1;
    private final EncryptedPlv plv2;
    private final ECPoint certEncKey;
    private final PointEncoding certEncKeyEncoding;
    private final byte[] tbsCert;
    private final ToBeSignedCertificate tbs;
    private final int iCert;
    private final ECPoint signingKey;

    private RaAcaCertRequest(Time32 generationTime, CertificateFormat type, ButterflyVariant variant, EncryptedPlv plv1,
            EncryptedPlv plv2, ECPoint certEncKey, PointEncoding certEncKeyEncoding, byte[] tbsCert, ToBeSignedCertificate tbs,
            int iCert, ECPoint signingKey) {
        this.generationTime = Objects.requireNonNull(generationTime, "generationTime");
        this.type = Objects.requireNonNull(type, "type");
        this.variant = Objects.requireNonNull(variant, "variant");
        this.plv1 = Objects.requireNonNull(plv1, "plv1");
        this.plv2 = Objects.requireNonNull(plv2, "plv2");
        this.certEncKey = certEncKey;
        this.certEncKeyEncoding = Objects.requireNonNull(certEncKeyEncoding, "certEncKeyEncoding");
        this.tbsCert = tbsCert;
        this.tbs = tbs;
        this.iCert = iCert;
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
    }

    /**
     * The RA's request, certEncKey compressed.
     *
     * @param tbsCert the COER ToBeSignedCertificate template, iCert in its LinkageData and B as its key
     * @param encryptionKey the cocoon encryption key Q (original butterfly keys); ignored for unified
     *     keys, whose response is encrypted to B ({@code cubk})
     */
    static RaAcaCertRequest create(Time32 generationTime, CertificateFormat type, ButterflyVariant variant, EncryptedPlv plv1,
            EncryptedPlv plv2, ECPoint encryptionKey, byte[] tbsCert, int iCert, ECPoint signingKey) {
        return create(generationTime, type, variant, plv1, plv2, encryptionKey, tbsCert, iCert, signingKey, PointEncoding.COMPRESSED);
    }

    /** As the other {@code create}, with certEncKey written in {@code certEncKeyEncoding}. */
    static RaAcaCertRequest create(Time32 generationTime, CertificateFormat type, ButterflyVariant variant, EncryptedPlv plv1,
            EncryptedPlv plv2, ECPoint encryptionKey, byte[] tbsCert, int iCert, ECPoint signingKey, PointEncoding certEncKeyEncoding) {
        return new RaAcaCertRequest(generationTime, type, variant, plv1, plv2,
                variant == ButterflyVariant.UNIFIED ? null : Objects.requireNonNull(encryptionKey, "encryptionKey"),
                certEncKeyEncoding, tbsCert.clone(), null, iCert, signingKey);
    }

    public Time32 generationTime() {
        return generationTime;
    }

    public CertificateFormat type() {
        return type;
    }

    /** UNIFIED when {@code flags.cubk} is set (response encrypted to B, not signed). */
    public ButterflyVariant variant() {
        return variant;
    }

    public EncryptedPlv plv1() {
        return plv1;
    }

    public EncryptedPlv plv2() {
        return plv2;
    }

    /** certEncKey: the cocoon encryption key Q; empty with cubk. */
    public Optional<ECPoint> certEncKey() {
        return Optional.ofNullable(certEncKey);
    }

    /** The key the response is encrypted to: certEncKey, or B with cubk. */
    public ECPoint responseEncryptionKey() {
        return certEncKey != null ? certEncKey : signingKey;
    }

    public byte[] tbsCert() {
        return tbsCert.clone();
    }

    /**
     * The decoded tbsCert template (only for a decoded request; read through the PCA's
     * {@link TbsCertCache} it is the template's first decoding, whose key may be another request's).
     */
    Optional<ToBeSignedCertificate> tbsCertAsn1() {
        return Optional.ofNullable(tbs);
    }

    /** The period i of the requested certificate (tbsCert.id.linkageData.iCert). */
    public int iCert() {
        return iCert;
    }

    /** The cocoon signing key B (tbsCert.verifyKeyIndicator). */
    public ECPoint signingKey() {
        return signingKey;
    }

    /** COER of {@code ScmsPdu{2, aca-ra raAcaCertRequest(this)}}. */
    public byte[] encode() {
        CoerOutput out = new CoerOutput(tbsCert.length + 280);
        out.write(VERSION).write(SCMS_PDU_ACA_RA).write(0x80); // ScmsPdu{2, aca-ra: raAcaCertRequest
        out.write(0x40 | (certEncKey != null ? 0x20 : 0));      // preamble: no extension, linkageInfo, certEncKey?
        out.write(VERSION);
        out.uint(generationTime.value(), 4);
        out.write(type == CertificateFormat.EXPLICIT ? 0 : 1);
        out.write((type == CertificateFormat.EXPLICIT ? FLAG_BUTTERFLY_EXPLICIT : 0) | (variant == ButterflyVariant.UNIFIED ? FLAG_CUBK : 0));
        out.write(0x00);                                        // LinkageInfo preamble: no extension
        plv1.encode(out);
        plv2.encode(out);
        if (certEncKey != null) {
            out.write(0x00).write(0x80);                        // aes128Ccm, eciesNistP256
            certEncKeyEncoding.write(certEncKey, out);
        }
        out.write(tbsCert);
        return out.toByteArray();
    }

    /** Decodes a whole {@code ScmsPdu} holding a raAcaCertRequest. */
    public static RaAcaCertRequest decode(byte[] scmsPdu) throws DecodeException {
        CoerInput in = new CoerInput(scmsPdu, WHAT);
        RaAcaCertRequest r = decode(in, null);
        in.end();
        return r;
    }

    /**
     * Reads an {@code ScmsPdu} holding a raAcaCertRequest from {@code in} (which may go on after
     * it); with a {@link TbsCertCache}, a tbsCert whose template was decoded before is not decoded again.
     */
    static RaAcaCertRequest decode(CoerInput in, TbsCertCache cache) throws DecodeException {
        in.expect("version", VERSION, "ScmsPdu version 2");
        in.expect("content", SCMS_PDU_ACA_RA, "aca-ra");
        in.expect("content.aca-ra", 0x80, "raAcaCertRequest");
        String f = "content.aca-ra.raAcaCertRequest";
        int preamble = in.uint8(f);
        if ((preamble & 0x80) != 0) {
            throw fieldError(in, f, "extensions present; none are defined");
        }
        if ((preamble & 0x1F) != 0) {
            throw fieldError(in, f, String.format("preamble 0x%02x has bits set beyond its two optional fields", preamble));
        }
        boolean hasLinkage = (preamble & 0x40) != 0;
        boolean hasEncKey = (preamble & 0x20) != 0;
        in.expect(f + ".version", VERSION, "version 2");
        Time32 generationTime = new Time32(in.uint(f + ".generationTime", 4));
        int typeValue = in.uint8(f + ".type");
        if (typeValue > 1) {
            throw fieldError(in, f + ".type", "CertificateType " + typeValue + " (0 explicit, 1 implicit)");
        }
        CertificateFormat type = typeValue == 0 ? CertificateFormat.EXPLICIT : CertificateFormat.IMPLICIT;
        int flags = in.uint8(f + ".flags");
        if ((flags & 0x3F) != 0) {
            throw fieldError(in, f + ".flags", String.format("0x%02x sets bits beyond butterflyExplicit and cubk", flags));
        }
        boolean cubk = (flags & FLAG_CUBK) != 0;
        if (((flags & FLAG_BUTTERFLY_EXPLICIT) != 0) != (type == CertificateFormat.EXPLICIT)) {
            throw fieldError(in, f + ".flags", "butterflyExplicit must be set exactly for explicit certificates");
        }
        if (cubk == hasEncKey) {
            throw fieldError(in, f + ".certEncKey", cubk ? "present although flags.cubk is set" : "absent although flags.cubk is not set");
        }
        if (!hasLinkage) {
            throw fieldError(in, f + ".linkageInfo", "absent: only pseudonym (linked) requests are accepted");
        }
        int linkagePreamble = in.uint8(f + ".linkageInfo");
        if (linkagePreamble != 0) {
            throw fieldError(in, f + ".linkageInfo", String.format("preamble 0x%02x: no extensions are defined", linkagePreamble));
        }
        EncryptedPlv plv1 = EncryptedPlv.decode(in, f + ".linkageInfo.encPlv1");
        EncryptedPlv plv2 = EncryptedPlv.decode(in, f + ".linkageInfo.encPlv2");
        ECPoint encKey = null;
        PointEncoding encKeyEncoding = PointEncoding.COMPRESSED;
        if (hasEncKey) {
            in.expect(f + ".certEncKey.supportedSymmAlg", 0x00, "aes128Ccm");
            in.expect(f + ".certEncKey.publicKey", 0x80, "eciesNistP256");
            byte[] choice = in.peek(1);
            encKeyEncoding = choice == null ? null : PointEncoding.ofChoice(choice[0] & 0xFF);
            encKey = point(in, f + ".certEncKey.publicKey.eciesNistP256");
        }
        int tbsAt = in.position();
        String tf = in.what() + "." + f + ".tbsCert";
        TbsCertCache.Found known = cache == null ? null : cache.find(in);
        if (known != null && known.entry().type() == type) {
            byte[] tbsBytes = in.peek(known.prefixLength() + known.pointEncoding().length());
            in.skip(f + ".tbsCert", known.prefixLength());
            ECPoint key = point(in, f + ".tbsCert.verifyKeyIndicator");
            return new RaAcaCertRequest(generationTime, type, cubk ? ButterflyVariant.UNIFIED : ButterflyVariant.ORIGINAL, plv1, plv2,
                    encKey, encKeyEncoding, tbsBytes, known.entry().tbs(), known.entry().iCert(), key);
        }
        Oer.Prefix<ToBeSignedCertificate> tbs = Oer.decodePrefix(in.slice(0, in.position() + in.remaining()), tbsAt,
                Ieee1609Dot2Schema.TO_BE_SIGNED_CERTIFICATE_ELEMENT, tf, ToBeSignedCertificate::getInstance);
        byte[] tbsBytes = in.fixed(f + ".tbsCert", tbs.length());
        ToBeSignedCertificate t = tbs.value();
        int iCert;
        ECPoint key;
        EccP256CurvePoint keyPoint;
        try {
            iCert = LinkageData.getInstance(t.getId().getCertificateId()).getICert().getValue().intValueExact();
            VerificationKeyIndicator vki = t.getVerifyKeyIndicator();
            if (type == CertificateFormat.EXPLICIT) {
                if (vki.getChoice() != VerificationKeyIndicator.verificationKey) {
                    throw new DecodeException(tf + ".verifyKeyIndicator", tbsAt, "an explicit request carries verificationKey");
                }
                PublicVerificationKey pvk = PublicVerificationKey.getInstance(vki.getVerificationKeyIndicator());
                if (pvk.getChoice() != PublicVerificationKey.ecdsaNistP256) {
                    throw new DecodeException(tf + ".verifyKeyIndicator", tbsAt, "not an ecdsaNistP256 key");
                }
                keyPoint = EccP256CurvePoint.getInstance(pvk.getPublicVerificationKey());
            } else {
                if (vki.getChoice() != VerificationKeyIndicator.reconstructionValue) {
                    throw new DecodeException(tf + ".verifyKeyIndicator", tbsAt, "an implicit request carries reconstructionValue");
                }
                keyPoint = EccP256CurvePoint.getInstance(vki.getVerificationKeyIndicator());
            }
            key = EcOer.toPoint(EcCurve.NIST_P256, keyPoint);
        } catch (ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            throw new DecodeException(tf, tbsAt, "invalid content: " + e.getMessage(), e);
        }
        if (cache != null && keyPoint.getChoice() == EccP256CurvePoint.uncompressedP256) {
            cache.remember(tbsBytes, t, iCert, type, PointEncoding.UNCOMPRESSED);
        } else if (cache != null && keyPoint.getChoice() != EccP256CurvePoint.xonly && keyPoint.getChoice() != EccP256CurvePoint.fill) {
            cache.remember(tbsBytes, t, iCert, type, PointEncoding.COMPRESSED);
        }
        return new RaAcaCertRequest(generationTime, type, cubk ? ButterflyVariant.UNIFIED : ButterflyVariant.ORIGINAL, plv1, plv2,
                encKey, encKeyEncoding, tbsBytes, t, iCert, key);
    }

    private static DecodeException fieldError(CoerInput in, String field, String problem) {
        return in.error(field, problem);
    }

    /**
     * A full {@code EccP256CurvePoint}, decoded onto the curve: compressed (choice 0x82/0x83 and x,
     * a square root) or uncompressedP256 (choice 0x84, x and y, the curve equation checked).
     */
    static ECPoint point(CoerInput in, String field) throws DecodeException {
        int choice = in.uint8(field);
        if (choice == PointEncoding.CHOICE_UNCOMPRESSED) {
            byte[] xy = in.fixed(field + ".uncompressedP256", 64);
            try {
                return P256Points.fromCoordinates(xy, 0);
            } catch (IllegalArgumentException e) {
                throw in.error(field + ".uncompressedP256", "not a point on P-256: " + e.getMessage());
            }
        }
        if (choice != 0x82 && choice != 0x83) {
            throw in.error(field, String.format(
                    "EccP256CurvePoint choice 0x%02x; compressed-y-0/1 (0x82/0x83) or uncompressedP256 (0x84) expected", choice));
        }
        byte[] x = in.fixed(field, 32);
        byte[] enc = new byte[33];
        enc[0] = (byte) (choice == 0x82 ? 0x02 : 0x03);
        System.arraycopy(x, 0, enc, 1, 32);
        try {
            return EcCurve.NIST_P256.decodePoint(enc);
        } catch (IllegalArgumentException e) {
            throw in.error(field, "not a point on P-256: no y for this x (compressed-y-" + (choice & 1) + ")");
        }
    }
}
