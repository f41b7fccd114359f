package org.scmsim.model.misbehavior;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.CrlContentsCodec;
import org.scmsim.crypto.crl.HashBasedRevocationInfo;
import org.scmsim.crypto.crl.IMaxGroup;
import org.scmsim.crypto.crl.IndividualRevocation;
import org.scmsim.crypto.crl.JMaxGroup;
import org.scmsim.crypto.crl.LaGroup;
import org.scmsim.crypto.crl.ToBeSignedHashIdCrl;
import org.scmsim.crypto.crl.ToBeSignedLinkageValueCrl;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;

/**
 * The size of a linkage-value CRL (and, issue 6, of a hash CRL: {@link #hashContentBytes}) from its real COER encoding: the entries (one
 * {@code IndividualRevocation} of two 16-byte seeds per device) grouped under their jmax, LA pair
 * and iMax, as the CRL generator lays them out, encoded by crypto-core. The seeds' values do not
 * change the size, so fixed bytes stand in for them.
 */
public final class CrlSize {

    private static final LinkageSeed SEED = new LinkageSeed(new byte[16]);
    private static final IndividualRevocation ENTRY = new IndividualRevocation(SEED, SEED);
    private static final HashedId8 CRACA = new HashedId8(new byte[8]);
    private static final HashedId10 CERT = new HashedId10(new byte[10]);

    private CrlSize() {
    }

    /**
     * Bytes of the CrlContents listing {@code entriesByIMax} (iMax to number of devices).
     *
     * @param jmax pseudonyms per i-period (1609.2 Uint8; larger values are clamped to 255)
     */
    public static int contentBytes(int crlSeries, long issueTime32, long nextTime32, int iRev, int jmax,
                                   Map<Integer, Integer> entriesByIMax) {
        List<JMaxGroup> individual = new ArrayList<>();
        if (!entriesByIMax.isEmpty()) {
            List<IMaxGroup> groups = new ArrayList<>();
            for (Map.Entry<Integer, Integer> e : new TreeMap<>(entriesByIMax).entrySet()) {
                groups.add(new IMaxGroup(e.getKey() & 0xFFFF, java.util.Collections.nCopies(e.getValue(), ENTRY)));
            }
            individual.add(new JMaxGroup(Math.min(255, jmax), List.of(new LaGroup(new LaId(1), new LaId(2), groups))));
        }
        CrlContents c = new CrlContents(crlSeries, CRACA, new Time32(issueTime32), new Time32(nextTime32),
                OptionalInt.of(0), new ToBeSignedLinkageValueCrl(false, iRev & 0xFFFF, 0, individual, List.of()));
        return CrlContentsCodec.encode(c).length;
    }

    /**
     * Bytes of the CrlContents of a hash CRL (IEEE 1609.2 {@code ToBeSignedHashIdCrl}) listing
     * {@code entries} revoked certificates, each a {@code HashBasedRevocationInfo} (HashedId10 of the
     * certificate and its expiry), encoded by crypto-core. Hash values and expiries do not change
     * the size, so fixed values stand in for them.
     */
    public static int hashContentBytes(int crlSeries, long issueTime32, long nextTime32, long crlSerial, int entries) {
        HashBasedRevocationInfo entry = new HashBasedRevocationInfo(CERT, new Time32(nextTime32));
        CrlContents c = new CrlContents(crlSeries, CRACA, new Time32(issueTime32), new Time32(nextTime32),
                OptionalInt.of(0), new ToBeSignedHashIdCrl(false, crlSerial & 0xFFFF_FFFFL,
                java.util.Collections.nCopies(entries, entry)));
        return CrlContentsCodec.encode(c).length;
    }

    /**
     * Bytes of the signed CRL as delivered: the contents, the signed wrapper's {@code signedOverhead}
     * (measured on a CRL whose contents fit a one-byte COER length, under 128 bytes), and the further
     * octets the payload's COER length determinant takes for longer contents (0x81 nn, 0x82 nn nn).
     */
    public static int deliveredBytes(int contentBytes, int signedOverhead) {
        int extra = 0;
        if (contentBytes >= 128) {
            for (int n = contentBytes; n > 0; n >>>= 8) {
                extra++;
            }
        }
        return contentBytes + signedOverhead + extra;
    }
}
