package org.scmsim.model.config;

import java.util.List;

/**
 * Where the devices drive: a rectangle, or a corridor (a road as a polyline with a width), and the
 * RSUs placed in it.
 *
 * @param shape           {@code rectangle} or {@code corridor}
 * @param widthKm         rectangle width (x), km
 * @param heightKm        rectangle height (y), km
 * @param corridor        corridor centre line, at least two points (km); used when shape is corridor
 * @param corridorWidthKm corridor width, km (vehicles drive on the centre line; RSU lateral
 *                        offsets lie within half of it)
 * @param rsus            roadside units: placement, radio and backhaul
 */
public record Region(Shape shape, double widthKm, double heightKm, List<Point> corridor, double corridorWidthKm,
                     RsuSites rsus) {

    /** The region's geometry. */
    public enum Shape {
        RECTANGLE,
        CORRIDOR
    }

    public Region {
        Check.present("shape", shape);
        Check.positive("widthKm", widthKm);
        Check.positive("heightKm", heightKm);
        corridor = corridor == null ? List.of() : List.copyOf(corridor);
        Check.nonNegative("corridorWidthKm", corridorWidthKm);
        Check.present("rsus", rsus);
        if (shape == Shape.CORRIDOR) {
            if (corridor.size() < 2) {
                throw new InvalidFieldException("corridor", "a corridor needs at least two points, found " + corridor.size());
            }
            if (corridorLengthKm(corridor) <= 0) {
                throw new InvalidFieldException("corridor", "the corridor has zero length");
            }
        }
        if (rsus.placement() == RsuSites.Placement.CORRIDOR && shape != Shape.CORRIDOR) {
            throw new InvalidFieldException("rsus", "placement 'corridor' needs region shape 'corridor'");
        }
        if (rsus.placement() == RsuSites.Placement.GRID && shape != Shape.RECTANGLE) {
            throw new InvalidFieldException("rsus", "placement 'grid' needs region shape 'rectangle'");
        }
    }

    /** Most RSU sites the placement offers. */
    public long siteCapacity() {
        return switch (rsus.placement()) {
            case RANDOM -> Long.MAX_VALUE;
            case EXPLICIT -> rsus.sites().size();
            case GRID -> (long) Math.floor(widthKm / rsus.spacingKm()) * (long) Math.floor(heightKm / rsus.spacingKm());
            case CORRIDOR -> (long) Math.floor(corridorLengthKm() / rsus.spacingKm());
        };
    }

    /** Length of the corridor's centre line, km. */
    public double corridorLengthKm() {
        return corridorLengthKm(corridor);
    }

    private static double corridorLengthKm(List<Point> line) {
        double len = 0;
        for (int i = 1; i < line.size(); i++) {
            len += Math.hypot(line.get(i).x() - line.get(i - 1).x(), line.get(i).y() - line.get(i - 1).y());
        }
        return len;
    }
}
