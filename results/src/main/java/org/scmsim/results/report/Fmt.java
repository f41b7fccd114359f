package org.scmsim.results.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.scmsim.results.data.Estimate;

/** Number formats for planners: grouped thousands, sensible decimals, estimates with their CI. */
final class Fmt {

    static final String NOT_SIMULATED = "not simulated in this run";

    private Fmt() {
    }

    private static DecimalFormat f(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A count or amount: whole numbers grouped; small values with up to 3 significant decimals. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(v);
        if (a >= 1000 || v == Math.rint(v)) {
            return f("#,##0").format(v);
        }
        if (a >= 10) {
            return f("#,##0.#").format(v);
        }
        if (a >= 0.1) {
            return f("0.##").format(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    static String pct(double share) {
        if (Double.isNaN(share)) {
            return "–";
        }
        double p = 100 * share;
        return (p == 0 || Math.abs(p) >= 0.1 ? f("0.0").format(p) : num(p)) + " %";
    }

    /** An estimate: the mean, then ± the CI half-width when there is one. */
    static String est(Estimate e) {
        return e.hasInterval() ? num(e.mean()) + " ± " + num(e.halfWidth()) : num(e.mean());
    }

    static String pctEst(Estimate e) {
        return e.hasInterval() ? f("0.0").format(100 * e.mean()) + " ± " + f("0.0").format(100 * e.halfWidth()) + " %"
                : pct(e.mean());
    }

    /** Seconds for humans: ms, s, min, h or days. */
    static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "–";
        }
        double a = Math.abs(s);
        if (a < 1) {
            return f("0.###").format(s * 1000) + " ms";
        }
        if (a < 120) {
            return f("0.##").format(s) + " s";
        }
        if (a < 7200) {
            return f("0.#").format(s / 60) + " min";
        }
        if (a < 3 * 86400) {
            return f("0.#").format(s / 3600) + " h";
        }
        return f("0.#").format(s / 86400) + " days";
    }

    static String secondsEst(Estimate e) {
        return e.hasInterval() ? seconds(e.mean()) + " ± " + seconds(e.halfWidth()) : seconds(e.mean());
    }

    static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "–";
        }
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        int u = 0;
        double v = b;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (u == 0 ? f("#,##0") : f("0.##")).format(v) + " " + units[u];
    }

    /** An ISO-8601 duration as hours/days with the ISO text, e.g. "169 h (PT169H)". */
    static String duration(String iso) {
        try {
            Duration d = Duration.parse(iso.startsWith("P") && !iso.contains("T") && iso.endsWith("D")
                    ? "PT" + Long.parseLong(iso.substring(1, iso.length() - 1)) * 24 + "H" : iso);
            long h = d.toHours();
            String human;
            if (d.toMinutes() % 60 != 0 || h == 0) {
                human = seconds(d.toMillis() / 1000.0);
            } else if (h % 24 == 0) {
                human = (h / 24) + (h == 24 ? " day" : " days");
            } else if (h > 168 && h < 336) {
                human = h + " h = 1 week + " + (h - 168) + " h overlap";
            } else {
                human = h + " h";
            }
            return human + " (" + iso + ")";
        } catch (DateTimeParseException | NumberFormatException e) {
            return iso;
        }
    }
}
