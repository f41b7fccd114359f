package org.scmsim.crypto.cert;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateId;
import org.bouncycastle.oer.its.ieee1609dot2.EndEntityType;
import org.bouncycastle.oer.its.ieee1609dot2.LinkageData;
import org.bouncycastle.oer.its.ieee1609dot2.PsidGroupPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.SequenceOfPsidGroupPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.SubjectPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.BasePublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.BitmapSsp;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.CircularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.CountryOnly;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.CrlSeries;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.GeographicRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.GroupLinkageValue;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId3;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Hostname;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.IValue;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.IdentifiedRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Latitude;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.LinkageValue;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Longitude;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Psid;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSsp;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.RectangularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfIdentifiedRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfPsidSsp;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfPsidSspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfRectangularRegion;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.ServiceSpecificPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SubjectAssurance;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SymmAlgorithm;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Time32;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.TwoDLocation;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT16;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.ValidityPeriod;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.ec.EcCurve;

/**
 * The fields of a {@code ToBeSignedCertificate} an issuer decides, everything but the
 * {@code verifyKeyIndicator} (which issuance fills in). A mutable builder; {@link #toTbs} makes
 * the BouncyCastle structure. Defaults: id none, cracaId 000000, crlSeries 0.
 */
public final class CertificateTemplate {

    private CertificateId id = CertificateId.none();
    private byte[] cracaId = new byte[3];
    private int crlSeries;
    private Time32 start;
    private Duration duration;
    private GeographicRegion region;
    private byte[] assurance;
    private final List<PsidSsp> appPermissions = new ArrayList<>();
    private final List<PsidGroupPermissions> issuePermissions = new ArrayList<>();
    private final List<PsidGroupPermissions> requestPermissions = new ArrayList<>();
    private boolean canRequestRollover;
    private PublicEncryptionKey encryptionKey;

    public static CertificateTemplate create() {
        return new CertificateTemplate();
    }

    /** {@code id name}: a CA's host name. */
    public CertificateTemplate name(String hostname) {
        if (hostname.length() > 255) {
            throw new IllegalArgumentException("Hostname is at most 255 characters");
        }
        this.id = CertificateId.name(new Hostname(hostname));
        return this;
    }

    /** {@code id linkageData} without a group linkage value. */
    public CertificateTemplate linkage(int iCert, byte[] linkageValue9) {
        return linkage(iCert, linkageValue9, null, null);
    }

    /** {@code id linkageData}, with a group linkage value when {@code jValue4} is non-null. */
    public CertificateTemplate linkage(int iCert, byte[] linkageValue9, byte[] jValue4, byte[] groupValue9) {
        GroupLinkageValue glv = jValue4 == null ? null
                : new GroupLinkageValue(new DEROctetString(jValue4), new DEROctetString(groupValue9));
        this.id = CertificateId.linkageData(LinkageData.builder()
                .setICert(IValue.getInstance(new ASN1Integer(iCert)))
                .setLinkageValue(new LinkageValue(linkageValue9))
                .setGroupLinkageValue(glv)
                .createLinkageData());
        return this;
    }

    /** {@code id binaryId}. */
    public CertificateTemplate binaryId(byte[] id) {
        this.id = CertificateId.binaryId(id);
        return this;
    }

    /** {@code id none}. */
    public CertificateTemplate noId() {
        this.id = CertificateId.none();
        return this;
    }

    /** The CRACA: the last 3 octets of the CRL signer's HashedId8 (cracaId is a HashedId3). */
    public CertificateTemplate craca(HashedId8 cracaCertificate) {
        byte[] h = cracaCertificate.bytes();
        this.cracaId = new byte[]{h[5], h[6], h[7]};
        return this;
    }

    public CertificateTemplate cracaId(byte[] hashedId3) {
        if (hashedId3.length != 3) {
            throw new IllegalArgumentException("cracaId is 3 octets");
        }
        this.cracaId = hashedId3.clone();
        return this;
    }

    public CertificateTemplate crlSeries(int series) {
        this.crlSeries = series;
        return this;
    }

    /** validityPeriod: start and duration (see {@link Durations}). */
    public CertificateTemplate validity(org.scmsim.crypto.base.Time32 start, Duration duration) {
        this.start = new Time32(start.value());
        this.duration = duration;
        return this;
    }

    /** region identifiedRegion countryOnly (e.g. 840 USA, 410 Korea). */
    public CertificateTemplate countryRegion(int... countries) {
        List<IdentifiedRegion> list = new ArrayList<>();
        for (int c : countries) {
            list.add(IdentifiedRegion.countryOnly(new CountryOnly(c)));
        }
        this.region = GeographicRegion.identifiedRegion(new SequenceOfIdentifiedRegion(list));
        return this;
    }

    /** region circularRegion: centre in 1/10 micro-degrees, radius in metres. */
    public CertificateTemplate circularRegion(int latitude, int longitude, int radiusMetres) {
        this.region = GeographicRegion.circularRegion(new CircularRegion(
                new TwoDLocation(new Latitude(latitude), new Longitude(longitude)), new UINT16(radiusMetres)));
        return this;
    }

    /** region rectangularRegion with one rectangle (corners in 1/10 micro-degrees). */
    public CertificateTemplate rectangularRegion(int northLat, int westLon, int southLat, int eastLon) {
        RectangularRegion r = new RectangularRegion(new TwoDLocation(new Latitude(northLat), new Longitude(westLon)),
                new TwoDLocation(new Latitude(southLat), new Longitude(eastLon)));
        this.region = GeographicRegion.rectangularRegion(new SequenceOfRectangularRegion(List.of(r)));
        return this;
    }

    /** Any region (BC structure). */
    public CertificateTemplate region(GeographicRegion region) {
        this.region = region;
        return this;
    }

    /** assuranceLevel (one octet). */
    public CertificateTemplate assuranceLevel(int level) {
        this.assurance = new byte[]{(byte) level};
        return this;
    }

    /** appPermissions entry without SSP. */
    public CertificateTemplate appPermission(long psid) {
        appPermissions.add(new PsidSsp(new Psid(psid), null));
        return this;
    }

    /** appPermissions entry with a bitmap SSP. */
    public CertificateTemplate appPermission(long psid, byte[] bitmapSsp) {
        appPermissions.add(new PsidSsp(new Psid(psid), ServiceSpecificPermissions.bitmapSsp(new BitmapSsp(bitmapSsp))));
        return this;
    }

    /** appPermissions entry with an opaque SSP. */
    public CertificateTemplate appPermissionOpaque(long psid, byte[] opaqueSsp) {
        appPermissions.add(new PsidSsp(new Psid(psid), ServiceSpecificPermissions.opaque(opaqueSsp)));
        return this;
    }

    /**
     * certIssuePermissions entry for the given PSIDs (all SSPs), or {@code all} when none given.
     * {@code eeTypeBits}: 0x80 app, 0x40 enrol (bit string, 1 octet).
     */
    public CertificateTemplate issuePermission(int minChainLength, int chainLengthRange, int eeTypeBits, long... psids) {
        issuePermissions.add(groupPermissions(minChainLength, chainLengthRange, eeTypeBits, psids));
        return this;
    }

    /** certRequestPermissions entry, as {@link #issuePermission}. */
    public CertificateTemplate requestPermission(int minChainLength, int chainLengthRange, int eeTypeBits, long... psids) {
        requestPermissions.add(groupPermissions(minChainLength, chainLengthRange, eeTypeBits, psids));
        return this;
    }

    private static PsidGroupPermissions groupPermissions(int min, int range, int eeTypeBits, long... psids) {
        SubjectPermissions sp;
        if (psids.length == 0) {
            sp = SubjectPermissions.all();
        } else {
            List<PsidSspRange> ranges = new ArrayList<>();
            for (long p : psids) {
                ranges.add(new PsidSspRange(new Psid(p), SspRange.all()));
            }
            sp = SubjectPermissions.explicit(new SequenceOfPsidSspRange(ranges));
        }
        return new PsidGroupPermissions(sp, new ASN1Integer(min), new ASN1Integer(range),
                new EndEntityType(eeTypeBits));
    }

    public CertificateTemplate canRequestRollover() {
        this.canRequestRollover = true;
        return this;
    }

    /** encryptionKey: an ECIES key on {@code curve} for AES-128-CCM. */
    public CertificateTemplate encryptionKey(EcCurve curve, ECPoint key) {
        BasePublicEncryptionKey base = curve == EcCurve.NIST_P256
                ? BasePublicEncryptionKey.eciesNistP256(EcOer.compressed(key))
                : BasePublicEncryptionKey.eciesBrainpoolP256r1(EcOer.compressed(key));
        this.encryptionKey = new PublicEncryptionKey(SymmAlgorithm.aes128Ccm, base);
        return this;
    }

    /** The tbs with the given key indicator. */
    public ToBeSignedCertificate toTbs(VerificationKeyIndicator keyIndicator) {
        if (start == null) {
            throw new IllegalStateException("a certificate needs a validity period");
        }
        if (appPermissions.isEmpty() && issuePermissions.isEmpty() && requestPermissions.isEmpty()) {
            throw new IllegalStateException("a certificate needs appPermissions, certIssuePermissions or certRequestPermissions");
        }
        ToBeSignedCertificate.Builder b = ToBeSignedCertificate.builder()
                .setId(id)
                .setCracaId(new HashedId3(cracaId))
                .setCrlSeries(new CrlSeries(crlSeries))
                .setValidityPeriod(new ValidityPeriod(start, duration))
                .setRegion(region)
                .setAssuranceLevel(assurance == null ? null : new SubjectAssurance(assurance))
                .setAppPermissions(appPermissions.isEmpty() ? null : new SequenceOfPsidSsp(appPermissions))
                .setCertIssuePermissions(issuePermissions.isEmpty() ? null : new SequenceOfPsidGroupPermissions(issuePermissions))
                .setCertRequestPermissions(requestPermissions.isEmpty() ? null : new SequenceOfPsidGroupPermissions(requestPermissions))
                .setEncryptionKey(encryptionKey)
                .setVerifyKeyIndicator(keyIndicator);
        if (canRequestRollover) {
            b.setCanRequestRollover();
        }
        return b.createToBeSignedCertificate();
    }
}
