package org.scmsim.crypto.trust;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.oer.its.ieee1609dot2.PsidGroupPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.SequenceOfPsidGroupPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.SubjectPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.BitmapSspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSsp;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PsidSspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfOctetString;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SequenceOfPsidSspRange;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.ServiceSpecificPermissions;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.SspRange;
import org.scmsim.crypto.cert.Certificate;

/**
 * Permission consistency between a certificate and its issuer (IEEE 1609.2 §5.1.2.x, certificate
 * chain consistency): every PSID/SSP the subject holds or may issue must be granted by a
 * {@code PsidGroupPermissions} of the issuer's certIssuePermissions whose end-entity type and
 * chain-length range allow it at this depth.
 */
final class Permissions {

    private Permissions() {
    }

    /**
     * Why {@code subject} is not permitted by {@code issuer}, or empty if it is. The subject is one
     * level below the issuer: its appPermissions need an issuer group whose chain length range
     * includes 1; its own issue/request groups, shifted down by one, must fit in the issuer's.
     */
    static Optional<String> check(Certificate subject, Certificate issuer) {
        SequenceOfPsidGroupPermissions granted = issuer.toBeSigned().getCertIssuePermissions();
        if (granted == null) {
            return Optional.of("issuer " + issuer.hashedId8() + " has no certIssuePermissions (not a CA)");
        }
        List<PsidGroupPermissions> groups = granted.getPsidGroupPermissions();
        ToBeSignedCertificate tbs = subject.toBeSigned();
        int levelBelowIssuer = 1;
        if (tbs.getAppPermissions() != null) {
            for (PsidSsp ps : tbs.getAppPermissions().getPsidSsps()) {
                BigInteger psid = ps.getPsid().getPsid();
                byte[] ssp = sspBytes(ps.getSsp());
                if (groups.stream().noneMatch(g -> eeTypeAllows(g, 0x80) && chainAllows(g, levelBelowIssuer) && covers(g, psid, ssp))) {
                    return Optional.of("appPermissions PSID " + psid + " (0x" + psid.toString(16) + ") not granted by issuer "
                            + issuer.hashedId8() + " at chain depth " + levelBelowIssuer);
                }
            }
        }
        // certRequestPermissions (RA, ECA request rights) are what the holder may ask for, not
        // something the issuer grants down the chain: only certIssuePermissions must nest.
        if (tbs.getCertIssuePermissions() != null) {
            for (PsidGroupPermissions sub : tbs.getCertIssuePermissions().getPsidGroupPermissions()) {
                Optional<String> why = subGroupGranted(sub, groups, levelBelowIssuer);
                if (why.isPresent()) {
                    return Optional.of(why.get() + " (issuer " + issuer.hashedId8() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A subject CA's issue group is granted if the chains it allows below the subject (lengths
     * {@code [min, min+range]}, range -1 = unbounded), seen from the issuer one level up, fit an
     * issuer group that also grants its PSIDs and end-entity types. Lengths of 0 (issue nothing)
     * need no grant. PSIDs may be granted by different issuer groups.
     */
    private static Optional<String> subGroupGranted(PsidGroupPermissions sub, List<PsidGroupPermissions> groups, int shift) {
        int rawMin = intOf(sub.getMinChainLength(), 1);
        int rawRange = intOf(sub.getChainLengthRange(), 0);
        if (rawRange != -1 && rawMin + rawRange < 1) {
            return Optional.empty(); // only chains of length 0: the holder may issue nothing (e.g. an RA)
        }
        final int subMin = Math.max(1, rawMin);
        final int subMax = rawRange == -1 ? -1 : rawMin + rawRange; // inclusive, -1 unbounded
        final int subEe = eeBits(sub);
        boolean subAll = sub.getSubjectPermissions().getChoice() == SubjectPermissions.all;
        List<BigInteger> psids = subAll ? List.of() : psids(sub);
        java.util.function.Predicate<PsidGroupPermissions> chainAndEe = g -> {
            int gMin = intOf(g.getMinChainLength(), 1);
            int gRange = intOf(g.getChainLengthRange(), 0);
            boolean chainOk = gMin <= subMin + shift
                    && (gRange == -1 || (subMax != -1 && subMax + shift <= gMin + gRange));
            return chainOk && (subEe & ~eeBits(g)) == 0;
        };
        if (subAll) {
            if (groups.stream().anyMatch(g -> g.getSubjectPermissions().getChoice() == SubjectPermissions.all && chainAndEe.test(g))) {
                return Optional.empty();
            }
        } else if (psids.stream().allMatch(p -> groups.stream().anyMatch(g -> chainAndEe.test(g) && covers(g, p, null)))) {
            return Optional.empty();
        }
        return Optional.of("certIssuePermissions " + (subAll ? "'all'" : "PSIDs " + psids)
                + " (chain length " + rawMin + (rawRange == -1 ? "+" : ".." + (rawMin + rawRange)) + ") not granted");
    }

    private static List<BigInteger> psids(PsidGroupPermissions g) {
        List<BigInteger> l = new ArrayList<>();
        for (PsidSspRange r : SequenceOfPsidSspRange.getInstance(g.getSubjectPermissions().getSubjectPermissions()).getPsidSspRanges()) {
            l.add(r.getPsid().getPsid());
        }
        return l;
    }

    private static int intOf(org.bouncycastle.asn1.ASN1Integer i, int dflt) {
        if (i == null) {
            return dflt;
        }
        // -1 means unbounded (chainLengthRange); anything beyond a million is unbounded in practice,
        // and clamping keeps the chain arithmetic from overflowing on forged values
        return (int) Math.max(-1, Math.min(1_000_000L, i.getValue().max(java.math.BigInteger.valueOf(-1))
                .min(java.math.BigInteger.valueOf(1_000_000L)).longValue()));
    }

    private static int eeBits(PsidGroupPermissions g) {
        if (g.getEeType() == null) {
            return 0x80; // DEFAULT '00'H would mean none; BC decodes the default as app
        }
        byte[] b = g.getEeType().getType().getBytes();
        return b.length == 0 ? 0 : b[0] & 0xFF;
    }

    private static boolean eeTypeAllows(PsidGroupPermissions g, int bit) {
        return (eeBits(g) & bit) != 0;
    }

    private static boolean chainAllows(PsidGroupPermissions g, int level) {
        int min = intOf(g.getMinChainLength(), 1);
        int range = intOf(g.getChainLengthRange(), 0);
        return level >= min && (range == -1 || level <= min + range);
    }

    /** Whether group {@code g} grants {@code psid} with SSP {@code ssp} (null: any SSP needed, i.e. a range check). */
    static boolean covers(PsidGroupPermissions g, BigInteger psid, byte[] ssp) {
        SubjectPermissions sp = g.getSubjectPermissions();
        if (sp.getChoice() == SubjectPermissions.all) {
            return true;
        }
        for (PsidSspRange r : SequenceOfPsidSspRange.getInstance(sp.getSubjectPermissions()).getPsidSspRanges()) {
            if (!r.getPsid().getPsid().equals(psid)) {
                continue;
            }
            SspRange range = r.getSspRange();
            if (range == null || range.getChoice() == SspRange.all || ssp == null) {
                return true;
            }
            if (range.getChoice() == SspRange.opaque) {
                for (ASN1OctetString o : SequenceOfOctetString.getInstance(range.getSspRange()).getOctetStrings()) {
                    if (java.util.Arrays.equals(o.getOctets(), ssp)) {
                        return true;
                    }
                }
            } else if (range.getChoice() == SspRange.bitmapSspRange) {
                BitmapSspRange b = BitmapSspRange.getInstance(range.getSspRange());
                if (bitmapMatches(b.getSspValue().getOctets(), b.getSspBitMask().getOctets(), ssp)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** BitmapSspRange: the SSP must equal the value wherever the mask has a 1 bit. */
    private static boolean bitmapMatches(byte[] value, byte[] mask, byte[] ssp) {
        if (ssp.length != value.length) {
            return false;
        }
        for (int i = 0; i < ssp.length; i++) {
            int m = i < mask.length ? mask[i] : 0;
            if (((ssp[i] ^ value[i]) & m) != 0) {
                return false;
            }
        }
        return true;
    }

    /** SSP bytes of a PsidSsp (opaque or bitmap), or an empty array for no SSP. */
    static byte[] sspBytes(ServiceSpecificPermissions ssp) {
        if (ssp == null) {
            return new byte[0];
        }
        return ASN1OctetString.getInstance(ssp.getServiceSpecificPermissions()).getOctets();
    }

    /** Whether an end-entity certificate may sign messages with {@code psid}. */
    static boolean allowsPsid(Certificate signer, long psid) {
        if (signer.toBeSigned().getAppPermissions() == null) {
            return false;
        }
        for (PsidSsp ps : signer.toBeSigned().getAppPermissions().getPsidSsps()) {
            if (ps.getPsid().getPsid().longValueExact() == psid) {
                return true;
            }
        }
        return false;
    }
}
