package org.scmsim.scenarios.experiment;

import java.math.BigDecimal;
import java.util.List;

/** A small CSV writer: RFC 4180 quoting, '\n' line ends, numbers exact and without exponent. */
final class Csv {

    private final StringBuilder b = new StringBuilder();

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(cells.get(i)));
        }
        b.append('\n');
        return this;
    }

    String text() {
        return b.toString();
    }

    int length() {
        return b.length();
    }

    void clear() {
        b.setLength(0);
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Shortest decimal that reads back as the same double, never in exponent form; empty for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).toPlainString();
    }
}
