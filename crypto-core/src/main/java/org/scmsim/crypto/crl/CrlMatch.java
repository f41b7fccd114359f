package org.scmsim.crypto.crl;

/** The CRL entry that revokes a certificate. */
public sealed interface CrlMatch {

    /** A hash entry naming the certificate's HashedId10. */
    record ByHash(HashBasedRevocationInfo entry) implements CrlMatch {
        @Override
        public String toString() {
            return "hash entry " + entry.id().hex() + " (expiry " + entry.expiry() + ")";
        }
    }

    /**
     * A linkage entry whose seeds, evolved from iRev to the certificate's i, give the certificate's
     * linkage value at index j.
     */
    record ByLinkage(int iRev, int jmax, LaGroup laGroup, int iMax, IndividualRevocation entry, int i, int j)
            implements CrlMatch {
        @Override
        public String toString() {
            return "linkage entry la1Id " + laGroup.la1Id() + " ls1 " + entry.linkageSeed1().hex() + ", la2Id "
                    + laGroup.la2Id() + " ls2 " + entry.linkageSeed2().hex() + " (iRev " + iRev + ", iMax " + iMax
                    + ", jmax " + jmax + "): lv(i=" + i + ", j=" + j + ") matches";
        }
    }

    /**
     * A group entry whose group seeds, evolved from iRev to the certificate's i, give the
     * certificate's group linkage value for its jValue: every member of the group is revoked.
     */
    record ByGroup(int iRev, GroupCrlEntry entry, int i, long jValue) implements CrlMatch {
        @Override
        public String toString() {
            return "group entry la1Id " + entry.la1Id() + " gs1 " + entry.linkageSeed1().hex() + ", la2Id " + entry.la2Id()
                    + " gs2 " + entry.linkageSeed2().hex() + " (iRev " + iRev + ", iMax " + entry.iMax() + "): glv(i=" + i
                    + String.format(", jValue=%08x) matches", jValue);
        }
    }
}
