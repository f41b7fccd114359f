package org.scmsim.model.geo;

import java.util.Arrays;
import umontreal.ssj.rng.RandomStream;

/**
 * A road: positions are distances s along its centre line, [0, length] km. An RSU site stands at
 * distance s along the road and {@code offset} km beside it; a vehicle on the centre line is in
 * range over the chord |s - site| &lt; sqrt(range^2 - offset^2). Sites are sorted by s, so the
 * sites a path can meet are found by binary search.
 */
public final class CorridorTerrain implements Terrain {

    private final double length;
    private final double[] siteS;      // sorted
    private final double[] halfChord;  // by sorted index
    private final int[] siteId;        // sorted index -> site id
    private final double maxHalf;

    public CorridorTerrain(double lengthKm, double[] siteS, double[] siteOffset, double rangeKm) {
        this.length = lengthKm;
        int n = siteS.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(siteS[a], siteS[b]));
        this.siteS = new double[n];
        this.halfChord = new double[n];
        this.siteId = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            this.siteS[k] = siteS[i];
            this.siteId[k] = i;
            double off = siteOffset[i];
            this.halfChord[k] = off >= rangeKm ? 0 : Math.sqrt(rangeKm * rangeKm - off * off);
        }
        double m = 0;
        for (double h : halfChord) {
            m = Math.max(m, h);
        }
        this.maxHalf = m;
    }

    public double length() {
        return length;
    }

    @Override
    public int sites() {
        return siteS.length;
    }

    @Override
    public void randomPosition(RandomStream stream, double[] out) {
        out[0] = stream.nextDouble() * length;
        out[1] = 0;
    }

    @Override
    public void destination(double x, double y, double lengthKm, RandomStream stream, double[] out) {
        double dir = stream.nextDouble() < 0.5 ? -1 : 1;
        out[0] = Terrain.reflect(x + dir * lengthKm, length);
        out[1] = 0;
    }

    @Override
    public double distance(double x0, double y0, double x1, double y1) {
        return Math.abs(x1 - x0);
    }

    @Override
    public void contacts(double s0, double y0, double s1, double y1, Contacts out) {
        out.clear();
        double lo = Math.min(s0, s1);
        double hi = Math.max(s0, s1);
        double pathLength = hi - lo;
        int k = lowerBound(lo - maxHalf);
        for (; k < siteS.length && siteS[k] - maxHalf <= hi; k++) {
            double h = halfChord[k];
            if (h <= 0) {
                continue;
            }
            double a = Math.max(lo, siteS[k] - h);
            double b = Math.min(hi, siteS[k] + h);
            if (b <= a) {
                continue;
            }
            // distances along the path, which runs from s0 towards s1
            double in = s1 >= s0 ? a - s0 : s0 - b;
            double exit = s1 >= s0 ? b - s0 : s0 - a;
            out.add(siteId[k], Math.max(0, in), Math.min(pathLength, exit));
        }
    }

    private int lowerBound(double v) {
        int lo = 0;
        int hi = siteS.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (siteS[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
