package org.scmsim.crypto.crl;

import java.util.Arrays;
import org.scmsim.crypto.linkage.GroupLinkageValue;
import org.scmsim.crypto.linkage.LinkageFunctions;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.PreLinkageValue;

/**
 * Checks one certificate against one CRL, entry by entry, as a receiver without precomputation
 * would: hash entries by HashedId10; each linkage entry by evolving its two seeds from iRev to the
 * certificate's iCert (not when iCert is before iRev or after iMax) and comparing the linkage
 * values for every j below jmax; each group entry (1609.2 {@code groups}) by evolving its two group
 * seeds the same way and comparing the group linkage value the certificate's own jValue gives
 * ({@link GroupLinkageValue}) with the one it carries. For many certificates per second use
 * {@link CrlIndex}.
 */
public final class RevocationChecker {

    private RevocationChecker() {
    }

    public static RevocationVerdict check(CrlContents crl, RevocationTarget cert) {
        if (crl.typeSpecific() instanceof ToBeSignedHashIdCrl h) {
            return checkHash(h, cert);
        }
        return checkLinkage((ToBeSignedLinkageValueCrl) crl.typeSpecific(), cert);
    }

    static RevocationVerdict checkHash(ToBeSignedHashIdCrl crl, RevocationTarget cert) {
        for (HashBasedRevocationInfo e : crl.entries()) {
            if (e.id().equals(cert.hashedId10())) {
                return RevocationVerdict.revoked(new CrlMatch.ByHash(e));
            }
        }
        return RevocationVerdict.NOT_REVOKED;
    }

    static RevocationVerdict checkLinkage(ToBeSignedLinkageValueCrl crl, RevocationTarget cert) {
        if (cert.linkage().isEmpty()) {
            return RevocationVerdict.NOT_REVOKED;
        }
        int i = cert.linkage().get().iCert();
        byte[] lv = cert.linkage().get().value().bytes();
        if (i < crl.iRev()) {
            return RevocationVerdict.NOT_REVOKED;
        }
        for (JMaxGroup jg : crl.individual()) {
            for (LaGroup la : jg.contents()) {
                for (IMaxGroup im : la.contents()) {
                    if (i > im.iMax()) {
                        continue;
                    }
                    for (IndividualRevocation r : im.contents()) {
                        int j = matchingJ(la, r, crl.iRev(), i, jg.jmax(), lv);
                        if (j >= 0) {
                            return RevocationVerdict.revoked(
                                    new CrlMatch.ByLinkage(crl.iRev(), jg.jmax(), la, im.iMax(), r, i, j));
                        }
                    }
                }
            }
        }
        if (cert.linkage().get().group().isPresent()) {
            return checkGroups(crl, i, cert.linkage().get().group().get());
        }
        return RevocationVerdict.NOT_REVOKED;
    }

    /** The group entries (seeds at iRev) against a group linkage value of period {@code i >= iRev}. */
    static RevocationVerdict checkGroups(ToBeSignedLinkageValueCrl crl, int i, GroupLinkageValue glv) {
        for (GroupCrlEntry g : crl.groups()) {
            if (i > g.iMax()) {
                continue;
            }
            LinkageSeed s1 = LinkageFunctions.evolve(g.la1Id(), g.linkageSeed1(), i - crl.iRev());
            LinkageSeed s2 = LinkageFunctions.evolve(g.la2Id(), g.linkageSeed2(), i - crl.iRev());
            if (LinkageFunctions.groupLinkageValue(g.la1Id(), s1, g.la2Id(), s2, glv.jValue()).equals(glv)) {
                return RevocationVerdict.revoked(new CrlMatch.ByGroup(crl.iRev(), g, i, glv.jValue()));
            }
        }
        return RevocationVerdict.NOT_REVOKED;
    }

    /** The j below jmax whose lv(i, j) from these seeds equals {@code lv}, or -1. */
    private static int matchingJ(LaGroup la, IndividualRevocation r, int iRev, int i, int jmax, byte[] lv) {
        LinkageSeed s1 = LinkageFunctions.evolve(la.la1Id(), r.linkageSeed1(), i - iRev);
        LinkageSeed s2 = LinkageFunctions.evolve(la.la2Id(), r.linkageSeed2(), i - iRev);
        PreLinkageValue[] p1 = LinkageFunctions.preLinkageValues(la.la1Id(), s1, 0, jmax);
        PreLinkageValue[] p2 = LinkageFunctions.preLinkageValues(la.la2Id(), s2, 0, jmax);
        byte[] x = new byte[9];
        for (int j = 0; j < jmax; j++) {
            byte[] a = p1[j].bytes();
            byte[] b = p2[j].bytes();
            for (int k = 0; k < 9; k++) {
                x[k] = (byte) (a[k] ^ b[k]);
            }
            if (Arrays.equals(x, lv)) {
                return j;
            }
        }
        return -1;
    }
}
