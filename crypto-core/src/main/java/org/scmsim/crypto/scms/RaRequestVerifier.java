package org.scmsim.crypto.scms;

import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSsp;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;

/**
 * The PCA's acceptance of an RA request: decode the SPDU, the signer must be the RA this PCA
 * serves and its signature must verify, and the tbsCert template must be one the PCA's policy
 * issues (1609.2.1: cracaId 000000 and crlSeries 0, appPermissions only; here also the period's
 * validity and the profile's PSIDs). Thread-safe.
 */
final class RaRequestVerifier {

    private final EcBackend backend;
    private final Certificate ra;
    private final ECPoint raKey;
    private final PseudonymProfile profile;
    private final TbsCertCache templates = new TbsCertCache();

    RaRequestVerifier(EcBackend backend, Certificate ra, ECPoint raKey, PseudonymProfile profile) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.ra = Objects.requireNonNull(ra, "ra");
        this.raKey = Objects.requireNonNull(raKey, "raKey");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * The request inside {@code spdu}, accepted.
     *
     * @throws PcaRejectedException with the reason it is refused
     */
    RaAcaCertRequest open(RaAcaCertRequestSpdu spdu) {
        RaAcaCertRequestSpdu.Decoded d;
        try {
            d = spdu.decode(ra, templates);
        } catch (DecodeException e) {
            throw new PcaRejectedException(PcaRejection.MALFORMED, e.getMessage(), e);
        }
        if (!d.signer().hashedId8().equals(ra.hashedId8())) {
            throw new PcaRejectedException(PcaRejection.NOT_FROM_RA, "signed by " + d.signer().hashedId8().hex()
                    + ", this PCA's RA is " + ra.hashedId8().hex());
        }
        if (!d.verify(backend, ra, raKey)) {
            throw new PcaRejectedException(PcaRejection.BAD_SIGNATURE, "the RA's signature does not verify");
        }
        checkPolicy(d.request());
        return d.request();
    }

    private void checkPolicy(RaAcaCertRequest r) {
        ToBeSignedCertificate t = r.tbsCertAsn1().orElseThrow();
        int i = r.iCert();
        if (!Arrays.equals(t.getCracaId().getHashBytes(), new byte[3])) {
            refuse("tbsCert.cracaId must be 000000 in a request");
        }
        if (t.getCrlSeries().getValue().signum() != 0) {
            refuse("tbsCert.crlSeries must be 0 in a request");
        }
        if (t.getCertIssuePermissions() != null || t.getCertRequestPermissions() != null) {
            refuse("tbsCert asks for certIssuePermissions or certRequestPermissions");
        }
        long start = t.getValidityPeriod().getStart().getValue().longValue();
        if (start != profile.periodStart(i).value()
                || Durations.seconds(t.getValidityPeriod().getDuration()) != Durations.seconds(profile.validity())) {
            refuse("tbsCert.validityPeriod is not period " + i + "'s (" + profile.periodStart(i) + ", "
                    + Durations.describe(profile.validity()) + ")");
        }
        if (t.getAppPermissions() == null || t.getAppPermissions().getPsidSsps().isEmpty()) {
            refuse("tbsCert.appPermissions absent");
        }
        for (PsidSsp p : t.getAppPermissions().getPsidSsps()) {
            long psid = p.getPsid().getPsid().longValue();
            if (!profile.psids().contains(psid)) {
                refuse("tbsCert.appPermissions asks for PSID 0x" + Long.toHexString(psid) + ", not in the PCA's profile");
            }
        }
    }

    private static void refuse(String detail) {
        throw new PcaRejectedException(PcaRejection.OUTSIDE_POLICY, detail);
    }
}
