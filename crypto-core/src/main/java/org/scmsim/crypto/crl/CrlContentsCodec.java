package org.scmsim.crypto.crl;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;

/**
 * COER encoding and decoding of {@link CrlContents}, as in the real CRLs of a deployed SCMS
 * (1609.2-2016 {@code HashBasedRevocationInfo}, without extension marker). Decoding is strict: the
 * input must be exactly one canonical {@code CrlContents}; extension additions of newer versions
 * are skipped.
 */
public final class CrlContentsCodec {

    private static final int TAG_FULL_HASH = 0x80;
    private static final int TAG_DELTA_HASH = 0x81;
    private static final int TAG_FULL_LINKED = 0x82;
    private static final int TAG_DELTA_LINKED = 0x83;

    private CrlContentsCodec() {
    }

    public static byte[] encode(CrlContents c) {
        CoerOutput w = new CoerOutput(256);
        w.write(CrlContents.VERSION).uint(c.crlSeries(), 2).write(c.crlCraca().bytes())
                .uint(c.issueDate().value(), 4).uint(c.nextCrl().value(), 4);
        if (c.priority().isPresent()) {
            w.write(0x40).write(c.priority().getAsInt());
        } else {
            w.write(0x00);
        }
        if (c.typeSpecific() instanceof ToBeSignedHashIdCrl h) {
            w.write(h.delta() ? TAG_DELTA_HASH : TAG_FULL_HASH).write(0x00).uint(h.crlSerial(), 4).quantity(h.entries().size());
            for (HashBasedRevocationInfo e : h.entries()) {
                w.write(e.id().bytes()).uint(e.expiry().value(), 4);
            }
        } else {
            ToBeSignedLinkageValueCrl l = (ToBeSignedLinkageValueCrl) c.typeSpecific();
            w.write(l.delta() ? TAG_DELTA_LINKED : TAG_FULL_LINKED);
            w.write((l.individual().isEmpty() ? 0 : 0x40) | (l.groups().isEmpty() ? 0 : 0x20));
            w.uint(l.iRev(), 2).write(l.indexWithinI());
            if (!l.individual().isEmpty()) {
                w.quantity(l.individual().size());
                for (JMaxGroup j : l.individual()) {
                    w.write(0x00).write(j.jmax()).quantity(j.contents().size());
                    for (LaGroup la : j.contents()) {
                        w.write(0x00).write(la.la1Id().octets()).write(la.la2Id().octets()).quantity(la.contents().size());
                        for (IMaxGroup im : la.contents()) {
                            w.write(0x00).uint(im.iMax(), 2).quantity(im.contents().size());
                            for (IndividualRevocation r : im.contents()) {
                                w.write(0x00).write(r.linkageSeed1().bytes()).write(r.linkageSeed2().bytes());
                            }
                        }
                    }
                }
            }
            if (!l.groups().isEmpty()) {
                w.quantity(l.groups().size());
                for (GroupCrlEntry g : l.groups()) {
                    w.write(0x00).uint(g.iMax(), 2).write(g.la1Id().octets()).write(g.linkageSeed1().bytes())
                            .write(g.la2Id().octets()).write(g.linkageSeed2().bytes());
                }
            }
        }
        return w.toByteArray();
    }

    /**
     * @throws DecodeException naming the offset and the field if the bytes are not one valid CrlContents
     */
    public static CrlContents decode(byte[] bytes) throws DecodeException {
        CoerInput r = new CoerInput(bytes, "CrlContents");
        int version = r.uint8("version");
        if (version != CrlContents.VERSION) {
            throw r.error("version", version + " (only 1 is defined)");
        }
        int series = (int) r.uint("crlSeries", 2);
        HashedId8 craca = new HashedId8(r.fixed("crlCraca", 8));
        Time32 issue = new Time32(r.uint("issueDate", 4));
        Time32 next = new Time32(r.uint("nextCrl", 4));
        int pre = r.uint8("CrlPriorityInfo preamble");
        checkPreamble(r, pre, 1, "CrlPriorityInfo");
        OptionalInt priority = (pre & 0x40) != 0 ? OptionalInt.of(r.uint8("priority")) : OptionalInt.empty();
        if ((pre & 0x80) != 0) {
            r.skipExtensions("CrlPriorityInfo");
        }
        int tag = r.uint8("typeSpecific choice");
        TypeSpecificCrlContents type = switch (tag) {
            case TAG_FULL_HASH, TAG_DELTA_HASH -> hashCrl(r, tag == TAG_DELTA_HASH);
            case TAG_FULL_LINKED, TAG_DELTA_LINKED -> linkedCrl(r, tag == TAG_DELTA_LINKED);
            default -> throw new DecodeException("CrlContents", r.position() - 1, String.format(
                    "typeSpecific choice tag 0x%02x is not fullHashCrl/deltaHashCrl/fullLinkedCrl/deltaLinkedCrl", tag));
        };
        r.end();
        if (next.isBefore(issue)) {
            throw new DecodeException("CrlContents", -1, "nextCrl " + next + " is before issueDate " + issue);
        }
        return new CrlContents(series, craca, issue, next, priority, type);
    }

    private static ToBeSignedHashIdCrl hashCrl(CoerInput r, boolean delta) throws DecodeException {
        int pre = r.uint8("ToBeSignedHashIdCrl preamble");
        checkPreamble(r, pre, 0, "ToBeSignedHashIdCrl");
        long serial = r.uint("crlSerial", 4);
        int n = r.boundedQuantity("entries");
        List<HashBasedRevocationInfo> entries = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            entries.add(new HashBasedRevocationInfo(new HashedId10(r.fixed("HashBasedRevocationInfo.id", 10)),
                    new Time32(r.uint("HashBasedRevocationInfo.expiry", 4))));
        }
        if ((pre & 0x80) != 0) {
            r.skipExtensions("ToBeSignedHashIdCrl");
        }
        return new ToBeSignedHashIdCrl(delta, serial, entries);
    }

    private static ToBeSignedLinkageValueCrl linkedCrl(CoerInput r, boolean delta) throws DecodeException {
        int pre = r.uint8("ToBeSignedLinkageValueCrl preamble");
        checkPreamble(r, pre, 2, "ToBeSignedLinkageValueCrl");
        int iRev = (int) r.uint("iRev", 2);
        int index = r.uint8("indexWithinI");
        List<JMaxGroup> individual = new ArrayList<>();
        if ((pre & 0x40) != 0) {
            int nj = r.boundedQuantity("individual");
            for (int a = 0; a < nj; a++) {
                int pj = r.uint8("JMaxGroup preamble");
                checkPreamble(r, pj, 0, "JMaxGroup");
                int jmax = r.uint8("jmax");
                int nla = r.boundedQuantity("JMaxGroup.contents");
                List<LaGroup> las = new ArrayList<>(nla);
                for (int b = 0; b < nla; b++) {
                    int pla = r.uint8("LAGroup preamble");
                    checkPreamble(r, pla, 0, "LAGroup");
                    LaId la1 = LaId.of(r.fixed("la1Id", 2));
                    LaId la2 = LaId.of(r.fixed("la2Id", 2));
                    int ni = r.boundedQuantity("LAGroup.contents");
                    List<IMaxGroup> imaxes = new ArrayList<>(ni);
                    for (int c = 0; c < ni; c++) {
                        int pim = r.uint8("IMaxGroup preamble");
                        checkPreamble(r, pim, 0, "IMaxGroup");
                        int iMax = (int) r.uint("iMax", 2);
                        int nr = r.boundedQuantity("IMaxGroup.contents");
                        List<IndividualRevocation> revs = new ArrayList<>(nr);
                        for (int d = 0; d < nr; d++) {
                            int pr = r.uint8("IndividualRevocation preamble");
                            checkPreamble(r, pr, 0, "IndividualRevocation");
                            revs.add(new IndividualRevocation(new LinkageSeed(r.fixed("linkageSeed1", 16)),
                                    new LinkageSeed(r.fixed("linkageSeed2", 16))));
                            if ((pr & 0x80) != 0) {
                                r.skipExtensions("IndividualRevocation");
                            }
                        }
                        if ((pim & 0x80) != 0) {
                            r.skipExtensions("IMaxGroup");
                        }
                        imaxes.add(new IMaxGroup(iMax, revs));
                    }
                    if ((pla & 0x80) != 0) {
                        r.skipExtensions("LAGroup");
                    }
                    las.add(new LaGroup(la1, la2, imaxes));
                }
                if ((pj & 0x80) != 0) {
                    r.skipExtensions("JMaxGroup");
                }
                individual.add(new JMaxGroup(jmax, las));
            }
        }
        List<GroupCrlEntry> groups = new ArrayList<>();
        if ((pre & 0x20) != 0) {
            int ng = r.boundedQuantity("groups");
            for (int g = 0; g < ng; g++) {
                int pg = r.uint8("GroupCrlEntry preamble");
                checkPreamble(r, pg, 0, "GroupCrlEntry");
                int iMax = (int) r.uint("iMax", 2);
                LaId la1 = LaId.of(r.fixed("la1Id", 2));
                LinkageSeed s1 = new LinkageSeed(r.fixed("linkageSeed1", 16));
                LaId la2 = LaId.of(r.fixed("la2Id", 2));
                LinkageSeed s2 = new LinkageSeed(r.fixed("linkageSeed2", 16));
                if ((pg & 0x80) != 0) {
                    r.skipExtensions("GroupCrlEntry");
                }
                groups.add(new GroupCrlEntry(iMax, la1, s1, la2, s2));
            }
        }
        if ((pre & 0x80) != 0) {
            r.skipExtensions("ToBeSignedLinkageValueCrl");
        }
        return new ToBeSignedLinkageValueCrl(delta, iRev, index, individual, groups);
    }

    /** An extensible SEQUENCE preamble: extension bit, {@code optionals} presence bits, zero padding. */
    private static void checkPreamble(CoerInput r, int preamble, int optionals, String what) throws DecodeException {
        int usedMask = 0xFF00 >>> (1 + optionals) & 0xFF;
        if ((preamble & ~usedMask & 0xFF) != 0) {
            throw new DecodeException("CrlContents", r.position() - 1,
                    String.format("%s preamble 0x%02x has padding bits set", what, preamble));
        }
    }
}
