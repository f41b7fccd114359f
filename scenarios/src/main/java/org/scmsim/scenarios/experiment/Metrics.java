package org.scmsim.scenarios.experiment;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.RunSummary;
import org.scmsim.model.run.WeekRow;

/**
 * What a replication yields, read generically from the model's result records so that new
 * figures appear without changes here:
 * <ul>
 *   <li>every run total, {@link RunSummary#metrics()} by snake_case name;</li>
 *   <li>every numeric {@link WeekRow} component as a weekly time-series column; and, as metric
 *       {@code weekly.<column>}, that column's mean over the weeks after the warm-up (the
 *       steady-state view; warm-up weeks are those starting before start + warm-up).</li>
 * </ul>
 */
public final class Metrics {

    /** Prefix of the post-warm-up weekly means. */
    public static final String WEEKLY = "weekly.";

    private Metrics() {
    }

    /** Names of the run totals, in the model's order (read from the record, before any run). */
    public static List<String> summaryNames() {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : RunSummary.class.getRecordComponents()) {
            if (numeric(c.getType())) {
                out.add(RunSummary.snakeCase(c.getName()));
            }
        }
        return out;
    }

    /** Numeric week components that describe the week itself rather than measure anything. */
    private static final java.util.Set<String> NOT_MEASURES = java.util.Set.of("week", "days");

    /** The weekly time-series columns: every numeric week component except the week index and length. */
    public static List<String> weeklyColumns() {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : WeekRow.class.getRecordComponents()) {
            if (numeric(c.getType()) && !NOT_MEASURES.contains(c.getName())) {
                out.add(RunSummary.snakeCase(c.getName()));
            }
        }
        return out;
    }

    /** Every metric an experiment summarises: run totals, then the weekly means. */
    public static List<String> all() {
        List<String> out = new ArrayList<>(summaryNames());
        for (String c : weeklyColumns()) {
            out.add(WEEKLY + c);
        }
        return out;
    }

    /** Number of weeks counted as warm-up: those that begin before start + warm-up. */
    public static int warmupWeeks(java.time.Duration warmup) {
        long seconds = warmup.getSeconds() + (warmup.getNano() > 0 ? 1 : 0);
        long week = 7L * 86_400;
        return (int) Math.min(Integer.MAX_VALUE, (seconds + week - 1) / week);
    }

    /** The weekly columns of a result as a [week][column] table, in {@link #weeklyColumns()} order. */
    public static double[][] weeks(RunResult r) {
        List<RecordComponent> cs = new ArrayList<>();
        for (RecordComponent c : WeekRow.class.getRecordComponents()) {
            if (numeric(c.getType()) && !NOT_MEASURES.contains(c.getName())) {
                cs.add(c);
            }
        }
        double[][] out = new double[r.weeks().size()][cs.size()];
        for (int w = 0; w < out.length; w++) {
            WeekRow row = r.weeks().get(w);
            for (int k = 0; k < cs.size(); k++) {
                out[w][k] = value(cs.get(k), row);
            }
        }
        return out;
    }

    public static List<LocalDate> weekStarts(RunResult r) {
        List<LocalDate> out = new ArrayList<>(r.weeks().size());
        for (WeekRow w : r.weeks()) {
            out.add(w.start());
        }
        return out;
    }

    /** Run totals then post-warm-up weekly means (NaN when every week is warm-up). */
    public static Map<String, Double> of(RunResult r, double[][] weeks, int warmupWeeks) {
        Map<String, Double> out = new LinkedHashMap<>(r.summary().metrics());
        List<String> cols = weeklyColumns();
        for (int k = 0; k < cols.size(); k++) {
            double sum = 0;
            int n = 0;
            for (int w = warmupWeeks; w < weeks.length; w++) {
                double v = weeks[w][k];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            out.put(WEEKLY + cols.get(k), n == 0 ? Double.NaN : sum / n);
        }
        return out;
    }

    private static double value(RecordComponent c, Object row) {
        try {
            return ((Number) c.getAccessor().invoke(row)).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static boolean numeric(Class<?> t) {
        return t == int.class || t == long.class || t == double.class || t == float.class || t == short.class
                || Number.class.isAssignableFrom(t);
    }
}
