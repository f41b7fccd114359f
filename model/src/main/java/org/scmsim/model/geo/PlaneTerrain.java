package org.scmsim.model.geo;

import umontreal.ssj.rng.RandomStream;

/**
 * A rectangle [0, width] x [0, height] km with RSU sites, indexed by a uniform grid. Each site is
 * entered in every cell its radio disc's bounding square overlaps (cells are at least 2 ranges
 * wide, so at most four), and a path visits exactly the cells it crosses (Amanatides-Woo), so
 * every disc the path meets is found, each once.
 */
public final class PlaneTerrain implements Terrain {

    private static final int MAX_CELLS = 1 << 22;

    private final double width;
    private final double height;
    private final double[] siteX;
    private final double[] siteY;
    private final double range;

    private final double cell;
    private final int nx;
    private final int ny;
    private final int[] cellStart;   // CSR: sites of cell c are cellSites[cellStart[c] .. cellStart[c+1])
    private final int[] cellSites;
    private final int[] seenStamp;
    private int stamp;

    /**
     * @param rangeKm radio range of every site, km
     */
    public PlaneTerrain(double widthKm, double heightKm, double[] siteX, double[] siteY, double rangeKm) {
        if (siteX.length != siteY.length) {
            throw new IllegalArgumentException("site coordinate arrays differ in length");
        }
        this.width = widthKm;
        this.height = heightKm;
        this.siteX = siteX.clone();
        this.siteY = siteY.clone();
        this.range = rangeKm;
        double c = Math.max(2 * rangeKm, Math.sqrt(widthKm * heightKm / MAX_CELLS));
        this.cell = c;
        this.nx = Math.max(1, (int) Math.ceil(widthKm / c));
        this.ny = Math.max(1, (int) Math.ceil(heightKm / c));
        int cells = nx * ny;
        int[] count = new int[cells + 1];
        for (int s = 0; s < siteX.length; s++) {
            forCellsOf(s, (cx, cy) -> count[cy * nx + cx + 1]++);
        }
        for (int i = 0; i < cells; i++) {
            count[i + 1] += count[i];
        }
        this.cellStart = count.clone();
        this.cellSites = new int[count[cells]];
        int[] fill = count;   // reuse as insertion cursor
        for (int s = 0; s < siteX.length; s++) {
            final int site = s;
            forCellsOf(s, (cx, cy) -> cellSites[fill[cy * nx + cx]++] = site);
        }
        this.seenStamp = new int[siteX.length];
    }

    private interface CellVisitor {
        void visit(int cx, int cy);
    }

    private void forCellsOf(int s, CellVisitor v) {
        int x0 = clamp((int) Math.floor((siteX[s] - range) / cell), nx);
        int x1 = clamp((int) Math.floor((siteX[s] + range) / cell), nx);
        int y0 = clamp((int) Math.floor((siteY[s] - range) / cell), ny);
        int y1 = clamp((int) Math.floor((siteY[s] + range) / cell), ny);
        for (int cy = y0; cy <= y1; cy++) {
            for (int cx = x0; cx <= x1; cx++) {
                v.visit(cx, cy);
            }
        }
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : Math.min(i, n - 1);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    @Override
    public int sites() {
        return siteX.length;
    }

    @Override
    public void randomPosition(RandomStream stream, double[] out) {
        out[0] = stream.nextDouble() * width;
        out[1] = stream.nextDouble() * height;
    }

    @Override
    public void destination(double x, double y, double lengthKm, RandomStream stream, double[] out) {
        double angle = 2 * Math.PI * stream.nextDouble();
        out[0] = Terrain.reflect(x + lengthKm * Math.cos(angle), width);
        out[1] = Terrain.reflect(y + lengthKm * Math.sin(angle), height);
    }

    @Override
    public double distance(double x0, double y0, double x1, double y1) {
        return Math.hypot(x1 - x0, y1 - y0);
    }

    @Override
    public void contacts(double x0, double y0, double x1, double y1, Contacts out) {
        out.clear();
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        double ux = len > 0 ? dx / len : 1;
        double uy = len > 0 ? dy / len : 0;
        if (++stamp == 0) {
            java.util.Arrays.fill(seenStamp, 0);
            stamp = 1;
        }
        // Amanatides-Woo traversal of the cells the segment crosses
        int cx = clamp((int) Math.floor(x0 / cell), nx);
        int cy = clamp((int) Math.floor(y0 / cell), ny);
        int endX = clamp((int) Math.floor(x1 / cell), nx);
        int endY = clamp((int) Math.floor(y1 / cell), ny);
        int stepX = dx > 0 ? 1 : -1;
        int stepY = dy > 0 ? 1 : -1;
        double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY
                : (((dx > 0 ? cx + 1 : cx) * cell) - x0) / ux;
        double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY
                : (((dy > 0 ? cy + 1 : cy) * cell) - y0) / uy;
        double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(ux);
        double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(uy);
        int guard = nx + ny + 2;
        while (true) {
            visit(cy * nx + cx, x0, y0, ux, uy, len, out);
            if ((cx == endX && cy == endY) || guard-- == 0) {
                break;
            }
            if (tMaxX < tMaxY) {
                if (tMaxX > len) {
                    break;
                }
                cx += stepX;
                tMaxX += tDeltaX;
            } else {
                if (tMaxY > len) {
                    break;
                }
                cy += stepY;
                tMaxY += tDeltaY;
            }
            if (cx < 0 || cx >= nx || cy < 0 || cy >= ny) {
                break;
            }
        }
    }

    private void visit(int c, double x0, double y0, double ux, double uy, double len, Contacts out) {
        for (int k = cellStart[c], end = cellStart[c + 1]; k < end; k++) {
            int s = cellSites[k];
            if (seenStamp[s] == stamp) {
                continue;
            }
            seenStamp[s] = stamp;
            out.addChord(s, siteX[s] - x0, siteY[s] - y0, ux, uy, len, range);
        }
    }
}
