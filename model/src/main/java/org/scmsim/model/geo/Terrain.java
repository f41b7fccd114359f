package org.scmsim.model.geo;

import umontreal.ssj.rng.RandomStream;

/**
 * The space devices drive in. A position is two numbers: (x, y) in km on a plane, or (s, 0) with
 * s the distance along a corridor. Trips are straight on the plane and follow the road on a
 * corridor; either way a trip is a path from one position to another, and its RSU contacts come
 * from the chords of the RSUs' radio discs.
 */
public sealed interface Terrain permits PlaneTerrain, CorridorTerrain {

    /** A uniformly random position (e.g. a home), written into {@code out[0..1]}. */
    void randomPosition(RandomStream stream, double[] out);

    /**
     * The end of a trip of about {@code lengthKm} from {@code (x, y)} in a random direction, kept
     * inside the region by reflection at its edges, written into {@code out[0..1]}.
     */
    void destination(double x, double y, double lengthKm, RandomStream stream, double[] out);

    /** Length of the path from one position to another, km. */
    double distance(double x0, double y0, double x1, double y1);

    /** The RSU sites' contacts along the path from (x0, y0) to (x1, y1), sorted by entry. */
    void contacts(double x0, double y0, double x1, double y1, Contacts out);

    /** Number of RSU sites. */
    int sites();

    /** Reflects v into [0, max]. */
    static double reflect(double v, double max) {
        double period = 2 * max;
        double m = v % period;
        if (m < 0) {
            m += period;
        }
        return m <= max ? m : period - m;
    }
}
