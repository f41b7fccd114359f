package org.scmsim.crypto.crl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.linkage.GroupLinkageValue;
import org.scmsim.crypto.linkage.LinkageFunctions;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.LinkageValue;
import org.scmsim.crypto.linkage.PreLinkageFunction;
import org.scmsim.crypto.linkage.PreLinkageValue;

/**
 * A receiver's fast path: every linkage value the given CRLs revoke in one period i (each entry's
 * seeds evolved to i once, jmax values each) and every hash entry, in hash maps. A certificate of
 * period i is then checked with two lookups. Group entries cannot be listed that way (a member's
 * jValue is any of 2^32 values), so their group seeds are evolved to i once and a group member's
 * certificate costs two AES blocks per group entry (key schedules done once per thread). Certificates of another period fall back to
 * {@link RevocationChecker}. Immutable and thread-safe once built; rebuild it each week or when a
 * new CRL arrives.
 */
public final class CrlIndex {

    private final int period;
    private final List<CrlContents> crls;
    private final Map<HashedId10, CrlMatch.ByHash> byHash = new HashMap<>();
    private final Map<LinkageValue, CrlMatch.ByLinkage> byLinkage = new HashMap<>();
    private final List<GroupSeedsAtPeriod> groups = new ArrayList<>();
    /** Per thread: each group entry's two keyed pre-linkage functions (key schedules done once per thread). */
    private final ThreadLocal<PreLinkageFunction[]> groupFunctions = ThreadLocal.withInitial(this::keyedGroupFunctions);

    /** A group entry's seeds evolved from iRev to the index's period. */
    private record GroupSeedsAtPeriod(int iRev, GroupCrlEntry entry, LinkageSeed seed1, LinkageSeed seed2) {
    }

    private CrlIndex(int period, List<CrlContents> crls) {
        this.period = period;
        this.crls = List.copyOf(crls);
    }

    /** Builds the index of {@code crls} for certificates of period {@code i}. */
    public static CrlIndex build(int i, List<CrlContents> crls) {
        CrlIndex index = new CrlIndex(i, crls);
        for (CrlContents crl : crls) {
            if (crl.typeSpecific() instanceof ToBeSignedHashIdCrl h) {
                for (HashBasedRevocationInfo e : h.entries()) {
                    index.byHash.putIfAbsent(e.id(), new CrlMatch.ByHash(e));
                }
            } else {
                index.addLinkage((ToBeSignedLinkageValueCrl) crl.typeSpecific());
            }
        }
        return index;
    }

    private void addLinkage(ToBeSignedLinkageValueCrl crl) {
        if (period < crl.iRev()) {
            return;
        }
        for (JMaxGroup jg : crl.individual()) {
            for (LaGroup la : jg.contents()) {
                for (IMaxGroup im : la.contents()) {
                    if (period > im.iMax()) {
                        continue;
                    }
                    for (IndividualRevocation r : im.contents()) {
                        LinkageSeed s1 = LinkageFunctions.evolve(la.la1Id(), r.linkageSeed1(), period - crl.iRev());
                        LinkageSeed s2 = LinkageFunctions.evolve(la.la2Id(), r.linkageSeed2(), period - crl.iRev());
                        PreLinkageValue[] p1 = LinkageFunctions.preLinkageValues(la.la1Id(), s1, 0, jg.jmax());
                        PreLinkageValue[] p2 = LinkageFunctions.preLinkageValues(la.la2Id(), s2, 0, jg.jmax());
                        for (int j = 0; j < jg.jmax(); j++) {
                            byLinkage.putIfAbsent(LinkageValue.of(p1[j], p2[j]),
                                    new CrlMatch.ByLinkage(crl.iRev(), jg.jmax(), la, im.iMax(), r, period, j));
                        }
                    }
                }
            }
        }
        for (GroupCrlEntry g : crl.groups()) {
            if (period <= g.iMax()) {
                groups.add(new GroupSeedsAtPeriod(crl.iRev(), g, LinkageFunctions.evolve(g.la1Id(), g.linkageSeed1(), period - crl.iRev()),
                        LinkageFunctions.evolve(g.la2Id(), g.linkageSeed2(), period - crl.iRev())));
            }
        }
    }

    private PreLinkageFunction[] keyedGroupFunctions() {
        PreLinkageFunction[] f = new PreLinkageFunction[2 * groups.size()];
        for (int k = 0; k < groups.size(); k++) {
            GroupSeedsAtPeriod g = groups.get(k);
            f[2 * k] = new PreLinkageFunction(g.entry().la1Id(), g.seed1());
            f[2 * k + 1] = new PreLinkageFunction(g.entry().la2Id(), g.seed2());
        }
        return f;
    }

    /** A group member's certificate of this period: two AES blocks per group entry, no key schedule. */
    private RevocationVerdict checkGroups(GroupLinkageValue glv) {
        PreLinkageFunction[] f = groupFunctions.get();
        byte[] want = glv.value().bytes();
        byte[] a = new byte[PreLinkageValue.LENGTH];
        byte[] b = new byte[PreLinkageValue.LENGTH];
        for (int k = 0; k < groups.size(); k++) {
            f[2 * k].compute(glv.jValue(), a);
            f[2 * k + 1].compute(glv.jValue(), b);
            int diff = 0;
            for (int x = 0; x < a.length; x++) {
                diff |= (a[x] ^ b[x]) ^ want[x];
            }
            if (diff == 0) {
                GroupSeedsAtPeriod g = groups.get(k);
                return RevocationVerdict.revoked(new CrlMatch.ByGroup(g.iRev(), g.entry(), period, glv.jValue()));
            }
        }
        return RevocationVerdict.NOT_REVOKED;
    }

    /** The period this index precomputes. */
    public int period() {
        return period;
    }

    /** Number of precomputed linkage values. */
    public int linkageValueCount() {
        return byLinkage.size();
    }

    /** Number of group entries that still apply in this period. */
    public int groupEntryCount() {
        return groups.size();
    }

    /** Number of hash entries. */
    public int hashEntryCount() {
        return byHash.size();
    }

    public RevocationVerdict check(RevocationTarget cert) {
        CrlMatch.ByHash h = byHash.get(cert.hashedId10());
        if (h != null) {
            return RevocationVerdict.revoked(h);
        }
        if (cert.linkage().isEmpty()) {
            return RevocationVerdict.NOT_REVOKED;
        }
        RevocationTarget.Linkage l = cert.linkage().get();
        if (l.iCert() == period) {
            CrlMatch.ByLinkage m = byLinkage.get(l.value());
            if (m != null) {
                return RevocationVerdict.revoked(m);
            }
            if (l.group().isPresent() && !groups.isEmpty()) {
                return checkGroups(l.group().get());
            }
            return RevocationVerdict.NOT_REVOKED;
        }
        List<RevocationVerdict> slow = new ArrayList<>(1);
        for (CrlContents crl : crls) {
            RevocationVerdict v = RevocationChecker.check(crl, cert);
            if (v.isRevoked()) {
                slow.add(v);
                break;
            }
        }
        return slow.isEmpty() ? RevocationVerdict.NOT_REVOKED : slow.get(0);
    }
}
