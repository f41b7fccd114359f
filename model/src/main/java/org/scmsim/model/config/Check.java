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

    static <T> List<T> nonEmpty(String field, List<T> list) {
        present(field, list);
        if (list.isEmpty()) {
            throw new InvalidFieldException(field, "must not be empty");
        }
        return List.copyOf(list);
    }
}
