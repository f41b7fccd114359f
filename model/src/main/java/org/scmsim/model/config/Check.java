package org.scmsim.model.config;

import java.time.Duration;
import java.util.List;

/** Range checks used by the scenario records' constructors. */
final class Check {

    private Check() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    static double positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidFieldException(field, "must be a finite number > 0, was " + v);
        }
        return v;
    }

    static double nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new InvalidFieldException(field, "must be a finite number >= 0, was " + v);
        }
        return v;
    }

    static long nonNegative(String field, long v) {
        if (v < 0) {
            throw new InvalidFieldException(field, "must be >= 0, was " + v);
        }
        return v;
    }

    static int range(String field, int v, int min, int max) {
        if (v < min || v > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max + ", was " + v);
        }
        return v;
    }

    static Duration positive(String field, Duration d) {
        present(field, d);
        if (d.isNegative() || d.isZero()) {
            throw new InvalidFieldException(field, "must be a positive duration, was " + d);
        }
        return d;
    }

    static double fraction(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new InvalidFieldException(field, "must be between 0 and 1, was " + v);
        }
        return v;
    }

    static Duration nonNegative(String field, Duration d) {
        present(field, d);
        if (d.isNegative()) {
            throw new InvalidFieldException(field, "must not be negative, was " + d);
        }
        return d;
    }

    /** Parses a distribution such as {@code lognormal(12, 0.8)}; the text is kept in the record. */
    static org.scmsim.model.random.Distribution distribution(String field, String text, boolean positive) {
        org.scmsim.model.random.Distribution d;
        try {
            d = org.scmsim.model.random.Distribution.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
        if (positive && !(d.mean() > 0)) {
            throw new InvalidFieldException(field, "must have a mean > 0, was " + d.mean());
        }
        if (d instanceof org.scmsim.model.random.Distribution.Uniform u && u.min() < 0
                || d instanceof org.scmsim.model.random.Distribution.Constant c && c.value() < 0) {
            throw new InvalidFieldException(field, "must not take negative values: " + text);
        }
        return d;
    }

    static <T> List<T> nonEmpty(String field, List<T> list) {
        present(field, list);
        if (list.isEmpty()) {
            throw new InvalidFieldException(field, "must not be empty");
        }
        return List.copyOf(list);
    }
}
