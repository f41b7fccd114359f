package org.scmsim.model.geo;

/**
 * The region cut into zones of equal size: square-ish cells of a rectangle, or segments of a
 * corridor's road. A zone is the neighbourhood in which OBUs meet: two OBUs driving in the same
 * zone at the same time meet at the rate of {@link #meetingRate}, from kinetic geometry (a vehicle
 * sweeps a band of twice the radio range on the plane; on a road it passes every vehicle coming
 * the other way and is passed by the faster ones going its way).
 *
 * <p>At most {@code maxZones} zones: a finer {@code zoneKm} is coarsened to that many.
 */
public final class Zones {

    private final boolean corridor;
    private final int nx;
    private final int ny;
    private final double cellX;   // km: cell width on the plane, segment length on the corridor
    private final double cellY;   // km: cell height on the plane, 1 on the corridor (unused)

    private Zones(boolean corridor, int nx, int ny, double cellX, double cellY) {
        this.corridor = corridor;
        this.nx = nx;
        this.ny = ny;
        this.cellX = cellX;
        this.cellY = cellY;
    }

    /**
     * The zones of a terrain: cells of about {@code zoneKm} x {@code zoneKm} (the rectangle's
     * sides divided into whole numbers of equal cells) or road segments of about {@code zoneKm}.
     */
    public static Zones of(Terrain terrain, double zoneKm, int maxZones) {
        if (!(zoneKm > 0) || maxZones < 1) {
            throw new IllegalArgumentException("zone size must be > 0 and at least one zone, was " + zoneKm);
        }
        if (terrain instanceof PlaneTerrain p) {
            return plane(p.width(), p.height(), zoneKm, maxZones);
        }
        return corridor(((CorridorTerrain) terrain).length(), zoneKm, maxZones);
    }

    /** Cells of a {@code widthKm} x {@code heightKm} rectangle. */
    public static Zones plane(double widthKm, double heightKm, double zoneKm, int maxZones) {
        double z = Math.max(zoneKm, Math.sqrt(widthKm * heightKm / maxZones));
        int nx = cells(widthKm, z);
        int ny = cells(heightKm, z);
        while ((long) nx * ny > maxZones) {
            z *= 1.01;
            nx = cells(widthKm, z);
            ny = cells(heightKm, z);
        }
        return new Zones(false, nx, ny, widthKm / nx, heightKm / ny);
    }

    /** Segments of a road of {@code lengthKm}. */
    public static Zones corridor(double lengthKm, double zoneKm, int maxZones) {
        int n = (int) Math.min(maxZones, cells(lengthKm, zoneKm));
        return new Zones(true, n, 1, lengthKm / n, 1);
    }

    private static int cells(double extent, double z) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(extent / z - 1e-9)));
    }

    public int count() {
        return nx * ny;
    }

    public boolean corridor() {
        return corridor;
    }

    /** Area of one zone, km^2 (plane), or length of one segment, km (corridor). */
    public double size() {
        return corridor ? cellX : cellX * cellY;
    }

    /** The zone of a position ({@code (x, y)} on the plane, {@code (s, 0)} on the corridor). */
    public int zoneOf(double x, double y) {
        int cx = clamp((int) Math.floor(x / cellX), nx);
        if (corridor) {
            return cx;
        }
        return clamp((int) Math.floor(y / cellY), ny) * nx + cx;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : Math.min(i, n - 1);
    }

    /**
     * Meetings per second of two vehicles both driving in one zone, at speeds {@code va} and
     * {@code vb} (km/s), hearing each other within {@code rangeKm}: on the plane (uniform
     * positions, independent uniform headings) 2 r E|va - vb| / area; on a road (half the pairs
     * head opposite ways, relative speed va + vb; the others |va - vb|) max(va, vb) / length.
     */
    public double meetingRate(double va, double vb, double rangeKm) {
        if (corridor) {
            return Math.max(va, vb) / cellX;
        }
        return 2 * rangeKm * meanRelativeSpeed(va, vb) / (cellX * cellY);
    }

    /**
     * E|va - vb| for two velocities of speeds {@code va}, {@code vb} with independent uniform
     * headings: (1/pi) times the integral over [0, pi] of sqrt(va^2 + vb^2 - 2 va vb cos t)
     * (Simpson's rule, 512 intervals). Equal speeds give 4v/pi; one at rest gives the other's speed.
     */
    public static double meanRelativeSpeed(double va, double vb) {
        int m = 512;
        double h = Math.PI / m;
        double sum = 0;
        for (int i = 0; i <= m; i++) {
            double t = i * h;
            double f = Math.sqrt(Math.max(0, va * va + vb * vb - 2 * va * vb * Math.cos(t)));
            sum += f * (i == 0 || i == m ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        return sum * h / 3 / Math.PI;
    }
}
