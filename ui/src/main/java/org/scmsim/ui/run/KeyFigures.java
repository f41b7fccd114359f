package org.scmsim.ui.run;

import java.util.List;
import java.util.Locale;
import org.scmsim.scenarios.experiment.Metrics;

/** Names and number formats of the model's run-total metrics, for tables that people read. */
public final class KeyFigures {

    /** The figures a planner looks at first, in this order; the others follow in the model's order. */
    static final List<String> FIRST = List.of("obus_deployed", "rsus_deployed", "certificates_issued", "pseudonym_issued",
            "application_issued", "identification_issued", "enrollment_issued", "pseudonym_downloaded",
            "peak_backlog_certificates", "mean_response_seconds", "max_response_seconds", "obu_hours_without_certificate",
            "peak_obus_without_certificate", "unsigned_driving_hours", "rsu_hours_without_certificate", "certificate_reuses",
            "pca_utilisation", "ra_utilisation", "requests_refused", "component_outages");

    private KeyFigures() {
    }

    /** Whether a metric is a run total (the weekly means of experiments are left to the CSVs). */
    public static boolean isRunTotal(String metric) {
        return !metric.startsWith(Metrics.WEEKLY);
    }

    /** Sort key of a figure's label: the planner's first figures in order, then the rest. */
    public static int rank(String label) {
        for (int i = 0; i < FIRST.size(); i++) {
            if (label(FIRST.get(i)).equals(label)) {
                return i;
            }
        }
        return FIRST.size();
    }

    /** "peak_backlog_certificates" → "Peak backlog certificates". */
    public static String label(String metric) {
        StringBuilder b = new StringBuilder();
        for (String word : metric.split("_")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(switch (word) {
                case "obus" -> "OBUs";
                case "rsus" -> "RSUs";
                case "obu", "rsu", "pca", "ra", "eca", "la1", "la2", "crlg", "ma", "crl", "crls" -> word.toUpperCase(Locale.ROOT);
                default -> word;
            });
        }
        String s = b.toString();
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
