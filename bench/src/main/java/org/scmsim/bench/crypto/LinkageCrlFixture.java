package org.scmsim.bench.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.CrlIndex;
import org.scmsim.crypto.crl.GroupCrlEntry;
import org.scmsim.crypto.crl.IMaxGroup;
import org.scmsim.crypto.crl.IndividualRevocation;
import org.scmsim.crypto.crl.JMaxGroup;
import org.scmsim.crypto.crl.LaGroup;
import org.scmsim.crypto.crl.RevocationTarget;
import org.scmsim.crypto.crl.ToBeSignedLinkageValueCrl;
import org.scmsim.crypto.linkage.GroupLinkageValue;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.LinkageValue;

/**
 * What the linkage CRL benchmarks share: a full linkage CRL of week {@link #I_REV} with random seeds
 * (LA ids 1 and 2, revoked up to week iRev + 150), the week index built from it for the week after,
 * and 1024 receivers' certificates of that week with random linkage values (none revoked), taken in
 * turn by {@link #nextTarget()}.
 */
final class LinkageCrlFixture {

    /** The CRL's iRev; the targets are of week iRev + 1. */
    static final int I_REV = 600;

    private static final int TARGETS = 1024;

    private final SecureRandom random = new SecureRandom();
    private final CrlContents crl;
    private final CrlIndex index;
    private final RevocationTarget[] targets = new RevocationTarget[TARGETS];
    private int next;

    /** {@code revoked} devices (one jmax group of 20, one LA pair), checked by pseudonym certificates. */
    static LinkageCrlFixture individuals(int revoked) {
        return new LinkageCrlFixture(revoked, false);
    }

    /** {@code groups} revoked groups, checked by group members' certificates (with a group linkage value). */
    static LinkageCrlFixture groups(int groups) {
        return new LinkageCrlFixture(groups, true);
    }

    private LinkageCrlFixture(int entries, boolean groups) {
        List<IndividualRevocation> revoked = new ArrayList<>();
        List<GroupCrlEntry> revokedGroups = new ArrayList<>();
        for (int k = 0; k < entries; k++) {
            if (groups) {
                revokedGroups.add(new GroupCrlEntry(I_REV + 150, new LaId(1), seed(), new LaId(2), seed()));
            } else {
                revoked.add(new IndividualRevocation(seed(), seed()));
            }
        }
        List<JMaxGroup> individual = groups ? List.of() : List.of(new JMaxGroup(20,
                List.of(new LaGroup(new LaId(1), new LaId(2), List.of(new IMaxGroup(I_REV + 150, revoked))))));
        crl = new CrlContents(1, HashedId8.fromHex("0011223344556677"), new Time32(600_000_000L), new Time32(600_086_400L),
                OptionalInt.of(0), new ToBeSignedLinkageValueCrl(false, I_REV, 0, individual, revokedGroups));
        index = buildIndex();
        for (int k = 0; k < targets.length; k++) {
            HashedId10 id = new HashedId10(randomBytes(10));
            LinkageValue lv = new LinkageValue(randomBytes(9));
            targets[k] = groups
                    ? RevocationTarget.of(id, I_REV + 1, lv,
                            new GroupLinkageValue(random.nextInt() & 0xFFFF_FFFFL, new LinkageValue(randomBytes(9))))
                    : RevocationTarget.of(id, I_REV + 1, lv);
        }
    }

    CrlContents crl() {
        return crl;
    }

    /** The index built once at set-up. */
    CrlIndex index() {
        return index;
    }

    /** The index of week iRev + 1, built anew. */
    CrlIndex buildIndex() {
        return CrlIndex.build(I_REV + 1, List.of(crl));
    }

    /** The next of the 1024 certificates, round robin. */
    RevocationTarget nextTarget() {
        return targets[next++ & (TARGETS - 1)];
    }

    private LinkageSeed seed() {
        return new LinkageSeed(randomBytes(16));
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
