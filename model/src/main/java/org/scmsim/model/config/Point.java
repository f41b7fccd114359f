package org.scmsim.model.config;

/** A position in the region's plane, in kilometres. */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x)) {
            throw new InvalidFieldException("x", "must be a finite number, was " + x);
        }
        if (!Double.isFinite(y)) {
            throw new InvalidFieldException("y", "must be a finite number, was " + y);
        }
    }
}
