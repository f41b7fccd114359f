package org.scmsim.model.config;

import java.util.List;

/**
 * The OBU classes and when they drive.
 *
 * @param classes the classes; their shares sum to 1
 * @param diurnal 24 relative weights, one per hour of the day (UTC), shaping when trips start
 */
public record Fleet(List<ObuClass> classes, List<Double> diurnal) {

    public Fleet {
        classes = Check.nonEmpty("classes", classes);
        double sum = classes.stream().mapToDouble(ObuClass::share).sum();
        if (Math.abs(sum - 1) > 1e-6) {
            throw new InvalidFieldException("classes", "shares must sum to 1, they sum to " + sum);
        }
        if (classes.stream().map(ObuClass::name).distinct().count() != classes.size()) {
            throw new InvalidFieldException("classes", "class names must be distinct");
        }
        diurnal = Check.nonEmpty("diurnal", diurnal);
        if (diurnal.size() != 24) {
            throw new InvalidFieldException("diurnal", "needs 24 hourly weights, found " + diurnal.size());
        }
        double w = 0;
        for (Double d : diurnal) {
            if (d == null || !(d >= 0) || Double.isInfinite(d)) {
                throw new InvalidFieldException("diurnal", "weights must be finite numbers >= 0, found " + d);
            }
            w += d;
        }
        if (!(w > 0)) {
            throw new InvalidFieldException("diurnal", "at least one weight must be > 0");
        }
    }
}
