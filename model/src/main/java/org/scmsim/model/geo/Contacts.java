package org.scmsim.model.geo;

import java.util.Arrays;

/**
 * The RSU contacts of one path, reused from query to query (no allocation per trip): for each,
 * the RSU and the distances along the path (km) at which the path enters and leaves its range,
 * sorted by entry.
 */
public final class Contacts {

    private int[] rsu = new int[16];
    private double[] enter = new double[16];
    private double[] exit = new double[16];
    private int size;

    public int size() {
        return size;
    }

    public int rsu(int i) {
        return rsu[i];
    }

    /** Distance along the path where it enters range, km. */
    public double enter(int i) {
        return enter[i];
    }

    /** Distance along the path where it leaves range, km. */
    public double exit(int i) {
        return exit[i];
    }

    void clear() {
        size = 0;
    }

    /** Adds a contact keeping the entries sorted by entry distance (insertion: a path has few). */
    void add(int r, double in, double out) {
        if (size == rsu.length) {
            rsu = Arrays.copyOf(rsu, size * 2);
            enter = Arrays.copyOf(enter, size * 2);
            exit = Arrays.copyOf(exit, size * 2);
        }
        int i = size++;
        while (i > 0 && enter[i - 1] > in) {
            rsu[i] = rsu[i - 1];
            enter[i] = enter[i - 1];
            exit[i] = exit[i - 1];
            i--;
        }
        rsu[i] = r;
        enter[i] = in;
        exit[i] = out;
    }

    /**
     * The chord of a straight path through a disc: a path from the origin along a unit direction,
     * of length {@code length}; the disc's centre at {@code (cx, cy)} relative to the origin.
     * Adds the contact when the path crosses the disc.
     */
    void addChord(int r, double cx, double cy, double ux, double uy, double length, double range) {
        double along = cx * ux + cy * uy;                  // projection of the centre on the path
        double perp2 = cx * cx + cy * cy - along * along;   // squared distance from the line
        double r2 = range * range;
        if (perp2 >= r2) {
            return;
        }
        double half = Math.sqrt(r2 - Math.max(0, perp2));
        double in = Math.max(0, along - half);
        double out = Math.min(length, along + half);
        if (out > in) {
            add(r, in, out);
        }
    }
}
