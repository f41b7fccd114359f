package org.scmsim.crypto.scms;

import java.util.Optional;
import org.bouncycastle.oer.its.ieee1609dot2.CertificateId;
import org.bouncycastle.oer.its.ieee1609dot2.LinkageData;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.crl.RevocationTarget;
import org.scmsim.crypto.linkage.GroupLinkageValue;
import org.scmsim.crypto.linkage.LinkageValue;

/** Reading a pseudonym certificate's LinkageData. */
public final class PseudonymCertificates {

    private PseudonymCertificates() {
    }

    /**
     * {@code LinkageData{iCert, linkage-value, group-linkage-value}} of a pseudonym certificate; empty
     * for other certificates.
     */
    public static Optional<RevocationTarget.Linkage> linkage(Certificate cert) {
        CertificateId id = cert.toBeSigned().getId();
        if (id.getChoice() != CertificateId.linkageData) {
            return Optional.empty();
        }
        LinkageData ld = LinkageData.getInstance(id.getCertificateId());
        Optional<GroupLinkageValue> group = Optional.ofNullable(ld.getGroupLinkageValue())
                .map(g -> GroupLinkageValue.of(g.getJValue().getOctets(), g.getValue().getOctets()));
        return Optional.of(new RevocationTarget.Linkage(ld.getICert().getValue().intValueExact(),
                new LinkageValue(ld.getLinkageValue().getOctets()), group));
    }

    /** What a CRL check needs of {@code cert}. */
    public static RevocationTarget revocationTarget(Certificate cert) {
        return new RevocationTarget(cert.hashedId10(), linkage(cert));
    }
}
