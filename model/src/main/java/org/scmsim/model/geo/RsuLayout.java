package org.scmsim.model.geo;

import java.util.List;
import org.scmsim.model.config.Point;
import org.scmsim.model.config.Region;
import org.scmsim.model.config.RsuSites;
import umontreal.ssj.rng.RandomStream;

/** Builds a region's terrain with its first {@code count} RSU sites, by the scenario's placement. */
public final class RsuLayout {

    private RsuLayout() {
    }

    /**
     * @param count  RSUs the deployment adds over the run (the k-th to join takes site k)
     * @param stream source of random placement and of the grid's order ("rsu.placement")
     * @throws IllegalArgumentException when the placement has fewer sites than RSUs
     */
    public static Terrain build(Region region, int count, RandomStream stream) {
        RsuSites r = region.rsus();
        double range = r.rangeM() / 1000.0;
        if (region.shape() == Region.Shape.RECTANGLE) {
            double[] x = new double[count];
            double[] y = new double[count];
            switch (r.placement()) {
                case RANDOM -> {
                    for (int k = 0; k < count; k++) {
                        x[k] = stream.nextDouble() * region.widthKm();
                        y[k] = stream.nextDouble() * region.heightKm();
                    }
                }
                case GRID -> {
                    int gx = (int) Math.floor(region.widthKm() / r.spacingKm());
                    int gy = (int) Math.floor(region.heightKm() / r.spacingKm());
                    int cells = gx * gy;
                    if (cells < count) {
                        throw new IllegalArgumentException("region.rsus: a " + r.spacingKm() + " km grid has "
                                + cells + " sites but the deployment adds " + count + " RSUs");
                    }
                    int[] order = shuffled(cells, stream);
                    for (int k = 0; k < count; k++) {
                        int c = order[k];
                        x[k] = (c % gx + 0.5) * r.spacingKm();
                        y[k] = (c / gx + 0.5) * r.spacingKm();
                    }
                }
                case EXPLICIT -> {
                    for (int k = 0; k < count; k++) {
                        x[k] = r.sites().get(k).x();
                        y[k] = r.sites().get(k).y();
                    }
                }
                case CORRIDOR -> throw new IllegalArgumentException("region.rsus: corridor placement needs a corridor");
                default -> throw new IllegalStateException();
            }
            return new PlaneTerrain(region.widthKm(), region.heightKm(), x, y, range);
        }
        double length = region.corridorLengthKm();
        double half = region.corridorWidthKm() / 2;
        double[] s = new double[count];
        double[] off = new double[count];
        switch (r.placement()) {
            case RANDOM -> {
                for (int k = 0; k < count; k++) {
                    s[k] = stream.nextDouble() * length;
                    off[k] = stream.nextDouble() * half;
                }
            }
            case CORRIDOR -> {
                int n = (int) Math.floor(length / r.spacingKm());
                if (n < count) {
                    throw new IllegalArgumentException("region.rsus: one site every " + r.spacingKm() + " km gives "
                            + n + " sites on the " + length + " km corridor but the deployment adds " + count + " RSUs");
                }
                // spread the deployed RSUs over the whole road, in site order
                for (int k = 0; k < count; k++) {
                    long site = Math.round(Math.floor((k + 0.5) * n / (double) count));
                    s[k] = (site + 0.5) * r.spacingKm();
                    off[k] = half;
                }
            }
            case EXPLICIT -> {
                for (int k = 0; k < count; k++) {
                    double[] p = project(region.corridor(), r.sites().get(k));
                    s[k] = p[0];
                    off[k] = p[1];
                }
            }
            case GRID -> throw new IllegalArgumentException("region.rsus: grid placement needs a rectangle");
            default -> throw new IllegalStateException();
        }
        return new CorridorTerrain(length, s, off, range);
    }

    /** Distance along the polyline of the point's nearest point, and the distance to it. */
    static double[] project(List<Point> line, Point p) {
        double best = Double.POSITIVE_INFINITY;
        double bestS = 0;
        double walked = 0;
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.hypot(dx, dy);
            double t = len == 0 ? 0 : Math.max(0, Math.min(len, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len));
            double qx = a.x() + (len == 0 ? 0 : dx / len * t);
            double qy = a.y() + (len == 0 ? 0 : dy / len * t);
            double d = Math.hypot(p.x() - qx, p.y() - qy);
            if (d < best) {
                best = d;
                bestS = walked + t;
            }
            walked += len;
        }
        return new double[] {bestS, best};
    }

    private static int[] shuffled(int n, RandomStream stream) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) (stream.nextDouble() * (i + 1));
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
