package org.scmsim.crypto.scms;

import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.Element;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateType;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.BasePublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicVerificationKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SymmAlgorithm;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.bouncycastle.oer.its.ieee1609dot2dot1.AdditionalParams;
import org.bouncycastle.oer.its.ieee1609dot2dot1.ButterflyExpansion;
import org.bouncycastle.oer.its.ieee1609dot2dot1.ButterflyParamsOriginal;
import org.bouncycastle.oer.its.ieee1609dot2dot1.EeRaCertRequest;
import org.bouncycastle.oer.its.template.ieee1609dot2dot1.Ieee1609Dot2Dot1EeRaInterface;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflyParams;
import org.scmsim.crypto.butterfly.OriginalButterflyParams;
import org.scmsim.crypto.butterfly.UnifiedButterflyParams;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcCurve;

/**
 * COER of the 1609.2.1 butterfly request (BouncyCastle's {@code EeRaCertRequest} template):
 * <pre>
 * EeRaCertRequest ::= SEQUENCE {
 *   version          Uint8 (2),
 *   generationTime   Time32,
 *   type             CertificateType,            -- explicit | implicit
 *   tbsCert          ToBeSignedCertificate,      -- verifyKeyIndicator: caterpillar key A (or P)
 *   additionalParams AdditionalParams OPTIONAL,  -- original ButterflyParamsOriginal | unified ButterflyExpansion
 *   ...
 * }
 * </pre>
 */
final class EeRaCertRequests {

    private static final Element ELEMENT = Ieee1609Dot2Dot1EeRaInterface.EeRaCertRequest.build();

    private EeRaCertRequests() {
    }

    /** The decoded request. */
    record Decoded(Time32 generationTime, CertificateFormat format, ButterflyParams params) {
    }

    static byte[] encode(Time32 generationTime, CertificateFormat format, ButterflyParams params, PseudonymProfile profile) {
        ECPoint caterpillar;
        AdditionalParams additional;
        if (params instanceof OriginalButterflyParams o) {
            caterpillar = o.signingKey();
            additional = AdditionalParams.original(new ButterflyParamsOriginal(ButterflyExpansion.aes128(o.signingExpansion()),
                    new PublicEncryptionKey(SymmAlgorithm.aes128Ccm,
                            BasePublicEncryptionKey.eciesNistP256(EcOer.compressed(o.encryptionKey()))),
                    ButterflyExpansion.aes128(o.encryptionExpansion())));
        } else {
            UnifiedButterflyParams u = (UnifiedButterflyParams) params;
            caterpillar = u.key();
            additional = AdditionalParams.unified(ButterflyExpansion.aes128(u.expansion()));
        }
        CertificateTemplate t = CertificateTemplate.create().noId()
                .validity(generationTime, profile.validity());
        for (long psid : profile.psids()) {
            t.appPermission(psid);
        }
        ToBeSignedCertificate tbs = t.toTbs(VerificationKeyIndicator.verificationKey(
                EcOer.verificationKey(EcCurve.NIST_P256, caterpillar)));
        EeRaCertRequest req = new EeRaCertRequest(new UINT8(2),
                new org.bouncycastle.oer.its.ieee1609dot2.basetypes.Time32(generationTime.value()),
                format == CertificateFormat.EXPLICIT ? CertificateType.explicit : CertificateType.implicit, tbs, additional);
        return Oer.encode(req, ELEMENT);
    }

    static Decoded decode(byte[] bytes) throws DecodeException {
        EeRaCertRequest req = Oer.decode(bytes, ELEMENT, "EeRaCertRequest", EeRaCertRequest::getInstance);
        try {
            CertificateFormat format = req.getType().getValue().intValue() == 0 ? CertificateFormat.EXPLICIT : CertificateFormat.IMPLICIT;
            VerificationKeyIndicator vki = req.getTbsCert().getVerifyKeyIndicator();
            if (vki.getChoice() != VerificationKeyIndicator.verificationKey) {
                throw new DecodeException("EeRaCertRequest", -1, "tbsCert must carry the caterpillar verification key");
            }
            PublicVerificationKey pvk = PublicVerificationKey.getInstance(vki.getVerificationKeyIndicator());
            ECPoint caterpillar = EcOer.toPoint(EcCurve.NIST_P256, EccP256CurvePoint.getInstance(pvk.getPublicVerificationKey()));
            AdditionalParams ap = req.getAdditionalParams();
            if (ap == null) {
                throw new DecodeException("EeRaCertRequest", -1, "no butterfly parameters (additionalParams absent)");
            }
            ButterflyParams params = switch (ap.getChoice()) {
                case AdditionalParams.original -> {
                    ButterflyParamsOriginal o = ButterflyParamsOriginal.getInstance(ap.getAdditionalParams());
                    BasePublicEncryptionKey bk = BasePublicEncryptionKey.getInstance(o.getEncryptionKey().getPublicKey());
                    ECPoint h = EcOer.toPoint(EcCurve.NIST_P256, EccP256CurvePoint.getInstance(bk.getBasePublicEncryptionKey()));
                    yield new OriginalButterflyParams(caterpillar, expansion(o.getSigningExpansion()), h,
                            expansion(o.getEncryptionExpansion()));
                }
                case AdditionalParams.unified, AdditionalParams.compactUnified ->
                        new UnifiedButterflyParams(caterpillar, expansion(ButterflyExpansion.getInstance(ap.getAdditionalParams())));
                default -> throw new DecodeException("EeRaCertRequest", -1, "additionalParams choice " + ap.getChoice()
                        + " is not a butterfly request");
            };
            return new Decoded(new Time32(req.getGenerationTime().getValue().longValue()), format, params);
        } catch (RuntimeException e) {
            throw new DecodeException("EeRaCertRequest", -1, "invalid content: " + e.getMessage(), e);
        }
    }

    private static byte[] expansion(ButterflyExpansion e) {
        return ASN1OctetString.getInstance(e.getButterflyExpansion()).getOctets();
    }
}
