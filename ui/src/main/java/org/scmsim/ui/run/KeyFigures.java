package org.scmsim.ui.run;

import java.util.Locale;

/** Names and number formats of the model's run-total metrics, for tables that people read. */
public final class KeyFigures {

    private KeyFigures() {
    }

    /** "peak_backlog_certificates" → "Peak backlog certificates". */
    public static String label(String metric) {
        String s = metric.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Counts with thousands separators; fractions as percentages; others with three significant decimals. */
    public static String format(String metric, double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (metric.endsWith("utilisation") || metric.endsWith("fraction") || metric.endsWith("share")) {
            return String.format(Locale.ROOT, "%.2f%%", 100 * v);
        }
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.1f", v);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
