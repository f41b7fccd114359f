package org.scmsim.scenarios.cli.pki;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateId;
import org.bouncycastle.oer.its.ieee1609dot2.LinkageData;
import org.bouncycastle.oer.its.ieee1609dot2.PsidGroupPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.SequenceOfPsidGroupPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.SubjectPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.BasePublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.CircularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.GeographicRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.GroupLinkageValue;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.IdentifiedRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSsp;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.RectangularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfIdentifiedRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfPsidSspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfRectangularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.ServiceSpecificPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.ThreeDLocation;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.TwoDLocation;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT16;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcdsaSignature;

/**
 * Describes certificates and {@code Ieee1609Dot2Data} as an ordered tree (maps, lists, strings,
 * numbers) that renders both as indented text and as JSON.
 */
final class Inspection {

    private static final HexFormat HEX = HexFormat.of();

    private Inspection() {
    }

    static Map<String, Object> certificate(Certificate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        ToBeSignedCertificate tbs = c.toBeSigned();
        m.put("structure", "Certificate");
        m.put("type", c.type().name().toLowerCase());
        m.put("length", c.length());
        m.put("hashedId8", c.hashedId8().hex());
        m.put("hashedId10", c.hashedId10().hex());
        m.put("issuer", c.issuerId().map(h -> "sha256AndDigest " + h.hex()).orElse("self (sha256)"));
        m.put("id", id(tbs.getId()));
        m.put("cracaId", HEX.formatHex(tbs.getCracaId().getHashBytes()));
        m.put("crlSeries", tbs.getCrlSeries().getValue().intValue());
        Map<String, Object> validity = new LinkedHashMap<>();
        validity.put("start", time(c.validityStart()));
        validity.put("duration", Durations.describe(tbs.getValidityPeriod().getDuration()));
        validity.put("end", time(c.validityEnd()));
        m.put("validity", validity);
        m.put("region", tbs.getRegion() == null ? "none (issuer's region)" : region(tbs.getRegion()));
        if (tbs.getAssuranceLevel() != null) {
            m.put("assuranceLevel", HEX.formatHex(tbs.getAssuranceLevel().getOctets()));
        }
        if (tbs.getAppPermissions() != null) {
            List<Object> l = new ArrayList<>();
            for (PsidSsp ps : tbs.getAppPermissions().getPsidSsps()) {
                l.add(psid(ps.getPsid().getPsid().longValueExact()) + ssp(ps.getSsp()));
            }
            m.put("appPermissions", l);
        }
        if (tbs.getCertIssuePermissions() != null) {
            m.put("certIssuePermissions", groups(tbs.getCertIssuePermissions()));
        }
        if (tbs.getCertRequestPermissions() != null) {
            m.put("certRequestPermissions", groups(tbs.getCertRequestPermissions()));
        }
        if (tbs.getCanRequestRollover() != null) {
            m.put("canRequestRollover", true);
        }
        if (tbs.getEncryptionKey() != null) {
            m.put("encryptionKey", encryptionKey(tbs.getEncryptionKey()));
        }
        c.verificationKey().ifPresent(k -> m.put("verificationKey", c.curve().standardName() + " " + point(k)));
        c.reconstructionValue().ifPresent(k -> m.put("reconstructionValue", point(k)));
        c.signature().ifPresent(s -> m.put("signature", signature(EcOer.curveOf(c.signatureAsn1().orElseThrow()), s)));
        return m;
    }

    static Map<String, Object> data(Spdu spdu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("structure", "Ieee1609Dot2Data");
        m.put("protocolVersion", spdu.protocolVersion());
        m.put("content", switch (spdu.contentType()) {
            case UNSECURED_DATA -> "unsecuredData";
            case SIGNED_DATA -> "signedData";
            case ENCRYPTED_DATA -> "encryptedData";
            case SIGNED_CERTIFICATE_REQUEST -> "signedCertificateRequest";
        });
        m.put("length", spdu.length());
        m.put("hashedId8", org.scmsim.crypto.base.HashedId8.of(spdu.encoded()).hex());
        spdu.opaqueContent().ifPresent(b -> {
            m.put("dataLength", b.length);
            m.put("data", abbreviated(b));
        });
        spdu.signed().ifPresent(s -> m.put("signedData", signed(s)));
        spdu.encrypted().ifPresent(e -> m.put("encryptedData", encrypted(e)));
        return m;
    }

    private static Map<String, Object> signed(SignedMessage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hashId", "sha256");
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("psid", psid(s.psid()));
        s.generationTime().ifPresent(t -> h.put("generationTime", time(t)));
        s.expiryTime().ifPresent(t -> h.put("expiryTime", time(t)));
        ThreeDLocation loc = s.headerInfo().getGenerationLocation();
        if (loc != null) {
            h.put("generationLocation", String.format("%.7f, %.7f, elevation %s",
                    loc.getLatitude().getValue().doubleValue() / 1e7, loc.getLongitude().getValue().doubleValue() / 1e7,
                    loc.getElevation().getValue()));
        }
        if (s.headerInfo().getP2pcdLearningRequest() != null) {
            h.put("p2pcdLearningRequest", HEX.formatHex(s.headerInfo().getP2pcdLearningRequest().getHashBytes()));
        }
        if (s.headerInfo().getMissingCrlIdentifier() != null) {
            h.put("missingCrlIdentifier", "present");
        }
        if (s.headerInfo().getEncryptionKey() != null) {
            h.put("encryptionKey", "present");
        }
        m.put("headerInfo", h);
        s.payloadData().ifPresentOrElse(p -> m.put("payload", data(p)), () -> { });
        s.externalDataHash().ifPresent(x -> m.put("extDataHash", HEX.formatHex(x)));
        Map<String, Object> signer = new LinkedHashMap<>();
        signer.put("type", s.signerType().name().toLowerCase());
        s.signerId().ifPresent(id -> signer.put("hashedId8", id.hex()));
        if (!s.signerCertificates().isEmpty()) {
            List<Object> certs = new ArrayList<>();
            for (Certificate c : s.signerCertificates()) {
                certs.add(certificate(c));
            }
            signer.put("certificates", certs);
        }
        m.put("signer", signer);
        m.put("signature", signature(s.signatureCurve(), s.signature()));
        m.put("tbsDataLength", s.tbsEncoded().length);
        return m;
    }

    private static Map<String, Object> encrypted(EncryptedMessage e) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> recipients = new ArrayList<>();
        for (EncryptedMessage.Recipient r : e.recipients()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("kind", switch (r.kind()) {
                case PRE_SHARED_KEY -> "pskRecipInfo";
                case SYMMETRIC -> "symmRecipInfo";
                case CERTIFICATE -> "certRecipInfo";
                case SIGNED_DATA -> "signedDataRecipInfo";
                case RESPONSE_ENCRYPTION_KEY -> "rekRecipInfo";
            });
            rm.put("recipientId", r.recipientId().hex());
            r.eciesKey().ifPresent(k -> {
                rm.put("ecies", k.curve() == EcCurve.NIST_P256 ? "eciesNistP256" : "eciesBrainpoolP256r1");
                rm.put("v", point(k.v()));
                rm.put("c", HEX.formatHex(k.c()));
                rm.put("t", HEX.formatHex(k.t()));
            });
            recipients.add(rm);
        }
        m.put("recipients", recipients);
        m.put("ciphertext", "aes128ccm");
        m.put("nonce", HEX.formatHex(e.nonce()));
        m.put("ccmCiphertextLength", e.ccmCiphertext().length);
        return m;
    }

    private static Object id(CertificateId id) {
        switch (id.getChoice()) {
            case CertificateId.linkageData: {
                LinkageData ld = LinkageData.getInstance(id.getCertificateId());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("choice", "linkageData");
                m.put("iCert", ld.getICert().getValue().intValue());
                m.put("linkageValue", HEX.formatHex(ld.getLinkageValue().getOctets()));
                GroupLinkageValue g = ld.getGroupLinkageValue();
                if (g != null) {
                    m.put("groupLinkageValue", "jValue " + HEX.formatHex(g.getJValue().getOctets()) + ", value " + HEX.formatHex(g.getValue().getOctets()));
                }
                return m;
            }
            case CertificateId.name:
                return "name " + org.bouncycastle.oer.its.ieee1609dot2.basetypes.Hostname.getInstance(id.getCertificateId()).getHostName();
            case CertificateId.binaryId:
                return "binaryId " + HEX.formatHex(ASN1OctetString.getInstance(id.getCertificateId()).getOctets());
            default:
                return "none";
        }
    }

    static String psid(long psid) {
        return psid + " (0x" + Long.toHexString(psid) + ")";
    }

    private static String ssp(ServiceSpecificPermissions ssp) {
        if (ssp == null) {
            return "";
        }
        String kind = ssp.getChoice() == ServiceSpecificPermissions.bitmapSsp ? "bitmapSsp" : "opaque";
        return " " + kind + " " + HEX.formatHex(ASN1OctetString.getInstance(ssp.getServiceSpecificPermissions()).getOctets());
    }

    private static List<Object> groups(SequenceOfPsidGroupPermissions seq) {
        List<Object> l = new ArrayList<>();
        for (PsidGroupPermissions g : seq.getPsidGroupPermissions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (g.getSubjectPermissions().getChoice() == SubjectPermissions.all) {
                m.put("subjectPermissions", "all");
            } else {
                List<Object> ps = new ArrayList<>();
                for (PsidSspRange r : SequenceOfPsidSspRange.getInstance(g.getSubjectPermissions().getSubjectPermissions()).getPsidSspRanges()) {
                    ps.add(psid(r.getPsid().getPsid().longValueExact()) + sspRange(r.getSspRange()));
                }
                m.put("subjectPermissions", ps);
            }
            m.put("minChainLength", g.getMinChainLength() == null ? 1 : g.getMinChainLength().intValueExact());
            m.put("chainLengthRange", g.getChainLengthRange() == null ? 0 : g.getChainLengthRange().intValueExact());
            byte[] ee = g.getEeType() == null ? new byte[]{(byte) 0x80} : g.getEeType().getType().getBytes();
            int bits = ee.length == 0 ? 0 : ee[0] & 0xFF;
            List<String> types = new ArrayList<>();
            if ((bits & 0x80) != 0) {
                types.add("app");
            }
            if ((bits & 0x40) != 0) {
                types.add("enrol");
            }
            m.put("eeType", String.join(", ", types));
            l.add(m);
        }
        return l;
    }

    private static String sspRange(SspRange r) {
        if (r == null) {
            return "";
        }
        return switch (r.getChoice()) {
            case SspRange.all -> " all SSPs";
            case SspRange.opaque -> " opaque SSP list";
            default -> " bitmapSspRange";
        };
    }

    private static Object region(GeographicRegion g) {
        switch (g.getChoice()) {
            case GeographicRegion.identifiedRegion: {
                List<Object> l = new ArrayList<>();
                for (IdentifiedRegion r : SequenceOfIdentifiedRegion.getInstance(g.getGeographicRegion()).getIdentifiedRegions()) {
                    l.add(identified(r));
                }
                return Map.of("identifiedRegion", l);
            }
            case GeographicRegion.circularRegion: {
                CircularRegion c = CircularRegion.getInstance(g.getGeographicRegion());
                return "circularRegion centre " + location(c.getCenter()) + ", radius " + c.getRadius().getValue() + " m";
            }
            case GeographicRegion.rectangularRegion: {
                List<Object> l = new ArrayList<>();
                for (RectangularRegion r : SequenceOfRectangularRegion.getInstance(g.getGeographicRegion()).getRectangularRegions()) {
                    l.add("north-west " + location(r.getNorthWest()) + ", south-east " + location(r.getSouthEast()));
                }
                return Map.of("rectangularRegion", l);
            }
            default:
                return "polygonalRegion";
        }
    }

    private static String identified(IdentifiedRegion r) {
        switch (r.getChoice()) {
            case IdentifiedRegion.countryOnly:
                return "country " + UINT16.getInstance(r.getIdentifiedRegion()).getValue();
            case IdentifiedRegion.countryAndRegions: {
                var cr = org.bouncycastle.oer.its.ieee1609dot2.basetypes.CountryAndRegions.getInstance(r.getIdentifiedRegion());
                return "country " + cr.getCountryOnly().getValue() + " regions "
                        + cr.getRegions().getUint8s().stream().map(UINT8::getValue).toList();
            }
            default: {
                var cs = org.bouncycastle.oer.its.ieee1609dot2.basetypes.CountryAndSubregions.getInstance(r.getIdentifiedRegion());
                return "country " + cs.getCountry().getValue() + " with " + cs.getRegionAndSubregions().getRegionAndSubregions().size()
                        + " region(s) and subregions";
            }
        }
    }

    private static String location(TwoDLocation l) {
        return String.format("%.7f, %.7f", l.getLatitude().getValue().doubleValue() / 1e7, l.getLongitude().getValue().doubleValue() / 1e7);
    }

    private static Map<String, Object> encryptionKey(PublicEncryptionKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("supportedSymmAlg", "aes128Ccm");
        BasePublicEncryptionKey b = k.getPublicKey();
        EcCurve curve = b.getChoice() == BasePublicEncryptionKey.eciesNistP256 ? EcCurve.NIST_P256 : EcCurve.BRAINPOOL_P256R1;
        m.put("curve", curve == EcCurve.NIST_P256 ? "eciesNistP256" : "eciesBrainpoolP256r1");
        try {
            m.put("publicKey", point(EcOer.toPoint(curve, EccP256CurvePoint.getInstance(b.getBasePublicEncryptionKey()))));
        } catch (IllegalArgumentException e) {
            m.put("publicKey", "invalid point");
        }
        return m;
    }

    static String point(ECPoint p) {
        return HEX.formatHex(p.getEncoded(true));
    }

    private static Map<String, Object> signature(EcCurve curve, EcdsaSignature s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", curve == EcCurve.NIST_P256 ? "ecdsaNistP256Signature" : "ecdsaBrainpoolP256r1Signature");
        m.put("r", HEX.formatHex(s.rBytes()));
        m.put("s", HEX.formatHex(s.sBytes()));
        return m;
    }

    static String time(Time32 t) {
        return t.toInstant() + " (Time32 " + t.value() + ")";
    }

    static String time(Time64 t) {
        return t.toInstant() + " (Time64 " + t.micros() + ")";
    }

    private static String abbreviated(byte[] b) {
        String h = HEX.formatHex(b, 0, Math.min(b.length, 64));
        return b.length > 64 ? h + "... (" + b.length + " bytes)" : h;
    }

    /** Indented "key: value" text of a tree made by this class. */
    static String render(Map<String, Object> tree) {
        StringBuilder sb = new StringBuilder();
        renderMap(sb, tree, 0);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void renderMap(StringBuilder sb, Map<String, Object> m, int indent) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object v = e.getValue();
            sb.append("  ".repeat(indent)).append(e.getKey()).append(':');
            if (v instanceof Map<?, ?> sub) {
                sb.append('\n');
                renderMap(sb, (Map<String, Object>) sub, indent + 1);
            } else if (v instanceof List<?> list) {
                sb.append('\n');
                for (Object o : list) {
                    if (o instanceof Map<?, ?> om) {
                        sb.append("  ".repeat(indent + 1)).append("-\n");
                        renderMap(sb, (Map<String, Object>) om, indent + 2);
                    } else {
                        sb.append("  ".repeat(indent + 1)).append("- ").append(o).append('\n');
                    }
                }
            } else {
                sb.append(' ').append(v).append('\n');
            }
        }
    }
}
