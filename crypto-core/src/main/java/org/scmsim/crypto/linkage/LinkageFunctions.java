package org.scmsim.crypto.linkage;

import org.bouncycastle.crypto.digests.SHA256Digest;

/** Seed evolution and pre-linkage value generation, in the CAMP layout (see the package doc). */
public final class LinkageFunctions {

    private LinkageFunctions() {
    }

    /** {@code ls(i+1) = first16( SHA-256( la_id || ls(i) || 0^112 ) )}. */
    public static LinkageSeed nextSeed(LaId la, LinkageSeed seed) {
        byte[] in = new byte[32];
        byte[] id = la.octets();
        in[0] = id[0];
        in[1] = id[1];
        System.arraycopy(seed.raw(), 0, in, 2, LinkageSeed.LENGTH);
        SHA256Digest sha = new SHA256Digest();
        sha.update(in, 0, in.length);
        byte[] out = new byte[32];
        sha.doFinal(out, 0);
        byte[] next = new byte[LinkageSeed.LENGTH];
        System.arraycopy(out, 0, next, 0, LinkageSeed.LENGTH);
        return new LinkageSeed(next);
    }

    /**
     * The seed {@code steps} periods after {@code seed} ({@code steps >= 0}).
     */
    public static LinkageSeed evolve(LaId la, LinkageSeed seed, long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("cannot evolve a linkage seed backwards (" + steps + " steps)");
        }
        LinkageSeed s = seed;
        for (long k = 0; k < steps; k++) {
            s = nextSeed(la, s);
        }
        return s;
    }

    /** {@code plv(i,j)} for the seed {@code ls(i)}. */
    public static PreLinkageValue preLinkageValue(LaId la, LinkageSeed seedAtI, long j) {
        return preLinkageValues(la, seedAtI, j, 1)[0];
    }

    /**
     * {@code plv(i, j)} for j = firstJ .. firstJ+count-1, with one AES key schedule.
     */
    public static PreLinkageValue[] preLinkageValues(LaId la, LinkageSeed seedAtI, long firstJ, int count) {
        PreLinkageFunction f = new PreLinkageFunction(la, seedAtI);
        byte[] plv = new byte[PreLinkageValue.LENGTH];
        PreLinkageValue[] plvs = new PreLinkageValue[count];
        for (int k = 0; k < count; k++) {
            f.compute(firstJ + k, plv);
            plvs[k] = new PreLinkageValue(plv);
        }
        return plvs;
    }

    /** {@code lv(i,j)} from both LAs' seeds at period i. */
    public static LinkageValue linkageValue(LaId la1, LinkageSeed seed1AtI, LaId la2, LinkageSeed seed2AtI, long j) {
        return LinkageValue.of(preLinkageValue(la1, seed1AtI, j), preLinkageValue(la2, seed2AtI, j));
    }

    /**
     * The group linkage value of a group member's certificate in period i: {@code gplv1(i, jValue)
     * XOR gplv2(i, jValue)} from the two group seeds at i (same functions as the individual values,
     * with the 32-bit jValue in place of j).
     */
    public static GroupLinkageValue groupLinkageValue(LaId la1, LinkageSeed groupSeed1AtI, LaId la2, LinkageSeed groupSeed2AtI,
            long jValue) {
        return new GroupLinkageValue(jValue, linkageValue(la1, groupSeed1AtI, la2, groupSeed2AtI, jValue));
    }
}
