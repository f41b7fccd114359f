package org.scmsim.crypto.crl;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
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
        CoerWriter w = new CoerWriter();
        w.u8(CrlContents.VERSION).u16(c.crlSeries()).bytes(c.crlCraca().bytes())
                .u32(c.issueDate().value()).u32(c.nextCrl().value());
        if (c.priority().isPresent()) {
            w.u8(0x40).u8(c.priority().getAsInt());
        } else {
            w.u8(0x00);
        }
        if (c.typeSpecific() instanceof ToBeSignedHashIdCrl h) {
            w.u8(h.delta() ? TAG_DELTA_HASH : TAG_FULL_HASH).u8(0x00).u32(h.crlSerial()).quantity(h.entries().size());
            for (HashBasedRevocationInfo e : h.entries()) {
                w.bytes(e.id().bytes()).u32(e.expiry().value());
            }
        } else {
            ToBeSignedLinkageValueCrl l = (ToBeSignedLinkageValueCrl) c.typeSpecific();
            w.u8(l.delta() ? TAG_DELTA_LINKED : TAG_FULL_LINKED);
            w.u8((l.individual().isEmpty() ? 0 : 0x40) | (l.groups().isEmpty() ? 0 : 0x20));
            w.u16(l.iRev()).u8(l.indexWithinI());
            if (!l.individual().isEmpty()) {
                w.quantity(l.individual().size());
                for (JMaxGroup j : l.individual()) {
                    w.u8(0x00).u8(j.jmax()).quantity(j.contents().size());
                    for (LaGroup la : j.contents()) {
                        w.u8(0x00).bytes(la.la1Id().octets()).bytes(la.la2Id().octets()).quantity(la.contents().size());
                        for (IMaxGroup im : la.contents()) {
                            w.u8(0x00).u16(im.iMax()).quantity(im.contents().size());
                            for (IndividualRevocation r : im.contents()) {
                                w.u8(0x00).bytes(r.linkageSeed1().bytes()).bytes(r.linkageSeed2().bytes());
                            }
                        }
                    }
                }
            }
            if (!l.groups().isEmpty()) {
                w.quantity(l.groups().size());
                for (GroupCrlEntry g : l.groups()) {
                    w.u8(0x00).u16(g.iMax()).bytes(g.la1Id().octets()).bytes(g.linkageSeed1().bytes())
                            .bytes(g.la2Id().octets()).bytes(g.linkageSeed2().bytes());
                }
            }
        }
        return w.toByteArray();
    }

    /**
     * @throws DecodeException naming the offset and the field if the bytes are not one valid CrlContents
     */
    public static CrlContents decode(byte[] bytes) throws DecodeException {
        CoerReader r = new CoerReader(bytes, "CrlContents");
        int version = r.u8("version");
        if (version != CrlContents.VERSION) {
            throw r.error("version " + version + " (only 1 is defined)");
        }
        int series = r.u16("crlSeries");
        HashedId8 craca = new HashedId8(r.bytes(8, "crlCraca"));
        Time32 issue = new Time32(r.u32("issueDate"));
        Time32 next = new Time32(r.u32("nextCrl"));
        int pre = r.u8("CrlPriorityInfo preamble");
        checkPreamble(r, pre, 1, "CrlPriorityInfo");
        OptionalInt priority = (pre & 0x40) != 0 ? OptionalInt.of(r.u8("priority")) : OptionalInt.empty();
        if ((pre & 0x80) != 0) {
            r.skipExtensions("CrlPriorityInfo");
        }
        int tag = r.u8("typeSpecific choice");
        TypeSpecificCrlContents type = switch (tag) {
            case TAG_FULL_HASH, TAG_DELTA_HASH -> hashCrl(r, tag == TAG_DELTA_HASH);
            case TAG_FULL_LINKED, TAG_DELTA_LINKED -> linkedCrl(r, tag == TAG_DELTA_LINKED);
            default -> throw new DecodeException("CrlContents", r.position() - 1, String.format(
                    "typeSpecific choice tag 0x%02x is not fullHashCrl/deltaHashCrl/fullLinkedCrl/deltaLinkedCrl", tag));
        };
        r.expectEnd();
        if (next.isBefore(issue)) {
            throw new DecodeException("CrlContents", -1, "nextCrl " + next + " is before issueDate " + issue);
        }
        return new CrlContents(series, craca, issue, next, priority, type);
    }

    private static ToBeSignedHashIdCrl hashCrl(CoerReader r, boolean delta) throws DecodeException {
        int pre = r.u8("ToBeSignedHashIdCrl preamble");
        checkPreamble(r, pre, 0, "ToBeSignedHashIdCrl");
        long serial = r.u32("crlSerial");
        int n = r.quantity("entries");
        List<HashBasedRevocationInfo> entries = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            entries.add(new HashBasedRevocationInfo(new HashedId10(r.bytes(10, "HashBasedRevocationInfo.id")),
                    new Time32(r.u32("HashBasedRevocationInfo.expiry"))));
        }
        if ((pre & 0x80) != 0) {
            r.skipExtensions("ToBeSignedHashIdCrl");
        }
        return new ToBeSignedHashIdCrl(delta, serial, entries);
    }

    private static ToBeSignedLinkageValueCrl linkedCrl(CoerReader r, boolean delta) throws DecodeException {
        int pre = r.u8("ToBeSignedLinkageValueCrl preamble");
        checkPreamble(r, pre, 2, "ToBeSignedLinkageValueCrl");
        int iRev = r.u16("iRev");
        int index = r.u8("indexWithinI");
        List<JMaxGroup> individual = new ArrayList<>();
        if ((pre & 0x40) != 0) {
            int nj = r.quantity("individual");
            for (int a = 0; a < nj; a++) {
                int pj = r.u8("JMaxGroup preamble");
                checkPreamble(r, pj, 0, "JMaxGroup");
                int jmax = r.u8("jmax");
                int nla = r.quantity("JMaxGroup.contents");
                List<LaGroup> las = new ArrayList<>(nla);
                for (int b = 0; b < nla; b++) {
                    int pla = r.u8("LAGroup preamble");
                    checkPreamble(r, pla, 0, "LAGroup");
                    LaId la1 = LaId.of(r.bytes(2, "la1Id"));
                    LaId la2 = LaId.of(r.bytes(2, "la2Id"));
                    int ni = r.quantity("LAGroup.contents");
                    List<IMaxGroup> imaxes = new ArrayList<>(ni);
                    for (int c = 0; c < ni; c++) {
                        int pim = r.u8("IMaxGroup preamble");
                        checkPreamble(r, pim, 0, "IMaxGroup");
                        int iMax = r.u16("iMax");
                        int nr = r.quantity("IMaxGroup.contents");
                        List<IndividualRevocation> revs = new ArrayList<>(nr);
                        for (int d = 0; d < nr; d++) {
                            int pr = r.u8("IndividualRevocation preamble");
                            checkPreamble(r, pr, 0, "IndividualRevocation");
                            revs.add(new IndividualRevocation(new LinkageSeed(r.bytes(16, "linkageSeed1")),
                                    new LinkageSeed(r.bytes(16, "linkageSeed2"))));
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
            int ng = r.quantity("groups");
            for (int g = 0; g < ng; g++) {
                int pg = r.u8("GroupCrlEntry preamble");
                checkPreamble(r, pg, 0, "GroupCrlEntry");
                int iMax = r.u16("iMax");
                LaId la1 = LaId.of(r.bytes(2, "la1Id"));
                LinkageSeed s1 = new LinkageSeed(r.bytes(16, "linkageSeed1"));
                LaId la2 = LaId.of(r.bytes(2, "la2Id"));
                LinkageSeed s2 = new LinkageSeed(r.bytes(16, "linkageSeed2"));
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
    private static void checkPreamble(CoerReader r, int preamble, int optionals, String what) throws DecodeException {
        int usedMask = 0xFF00 >>> (1 + optionals) & 0xFF;
        if ((preamble & ~usedMask & 0xFF) != 0) {
            throw new DecodeException("CrlContents", r.position() - 1,
                    String.format("%s preamble 0x%02x has padding bits set", what, preamble));
        }
    }
}
