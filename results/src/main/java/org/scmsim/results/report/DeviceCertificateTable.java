package org.scmsim.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.Columns.CertificateType;
import org.scmsim.results.data.ResultData;
import org.scmsim.model.stats.Tally;
import org.scmsim.results.data.TimeTable;

/**
 * The procurement guide's Table 1 ("Example Device Certificates and Duration Required") filled
 * from a run: for each calendar year of the run, the OBUs and RSUs added (the deployment curve)
 * and in service at the year's end, and the certificates of each type issued (or, where the run
 * recorded only demand, requested) in the weeks that start in that year; plus an extension option
 * of one more year projected in closed form from the fleet at the run's end.
 *
 * @param years        calendar years of the run, in order
 * @param weeksInYear  weeks of the run starting in each year (a partial year has fewer than 52)
 * @param rows         label to one value per year (NaN: not simulated) and the extension value
 * @param columnsUsed  time-series column behind each certificate row
 */
public record DeviceCertificateTable(List<Integer> years, Map<Integer, Integer> weeksInYear,
                                     Map<String, Row> rows, Map<String, String> columnsUsed) {

    /** Weeks in the projected extension year. */
    public static final int EXTENSION_WEEKS = 52;

    public static final String OBUS_ADDED = "OBUs added (deployment curve)";
    public static final String OBUS_IN_SERVICE = "OBUs in service (end of the year's last week)";
    public static final String RSUS_ADDED = "RSUs added (deployment curve)";
    public static final String RSUS_IN_SERVICE = "RSUs in service (end of the year's last week)";

    /**
     * One row: a value per year and the extension option (NaN when it has none), each with the
     * half-width of its 95% confidence interval over replications (NaN for one run).
     */
    public record Row(List<Double> perYear, double extension, List<Double> perYearHalfWidth, double extensionHalfWidth) {
        public Row(List<Double> perYear, double extension) {
            this(perYear, extension, perYear.stream().map(v -> Double.NaN).toList(), Double.NaN);
        }
    }

    /** The row label of a certificate type. */
    public static String certificateRow(CertificateType t) {
        return t.label() + " certificates";
    }

    /**
     * From the weekly series; for an experiment with the replications' own series at hand, each
     * simulated cell is the mean over replications with its 95% confidence interval.
     */
    public static DeviceCertificateTable of(ResultData data) {
        TimeTable w = data.weekly();
        List<Integer> years = w.years();
        Map<Integer, Integer> weeks = new LinkedHashMap<>();
        for (Integer y : years) {
            weeks.put(y, (int) w.dates().stream().filter(d -> d.getYear() == y).count());
        }
        Map<String, String> used = new LinkedHashMap<>();
        Map<String, Row> rows = rows(data, w, years, used);
        if (data.replicationWeekly().size() >= 2) {
            List<Map<String, Row>> reps = new ArrayList<>();
            for (TimeTable r : data.replicationWeekly()) {
                reps.add(rows(data, r, years, new LinkedHashMap<>()));
            }
            Map<String, Row> withCi = new LinkedHashMap<>();
            rows.forEach((label, row) -> {
                List<Double> mean = new ArrayList<>();
                List<Double> half = new ArrayList<>();
                for (int i = 0; i <= years.size(); i++) {
                    Tally t = new Tally();
                    for (Map<String, Row> rep : reps) {
                        Row rr = rep.get(label);
                        double v = i < years.size() ? rr.perYear().get(i) : rr.extension();
                        if (!Double.isNaN(v)) {
                            t.add(v);
                        }
                    }
                    double m = t.count() == 0 ? Double.NaN : t.mean();
                    double h = t.count() < 2 ? Double.NaN : t.ci95().halfWidth();
                    mean.add(m);
                    half.add(h);
                }
                withCi.put(label, new Row(mean.subList(0, years.size()), mean.get(years.size()),
                        half.subList(0, years.size()), half.get(years.size())));
            });
            rows = withCi;
        }
        return new DeviceCertificateTable(years, weeks, rows, used);
    }

    private static Map<String, Row> rows(ResultData data, TimeTable w, List<Integer> years, Map<String, String> used) {
        Map<Integer, long[]> curve = curve(data.field("deployment.years"));
        int extYear = years.get(years.size() - 1) + 1;
        long[] extAdded = curve.getOrDefault(extYear, new long[2]);

        Map<String, Row> rows = new LinkedHashMap<>();
        double obusEnd = lastValue(w, Columns.OBUS_ACTIVE);
        double rsusEnd = lastValue(w, Columns.RSUS_ACTIVE);
        rows.put(OBUS_ADDED, new Row(years.stream().map(y -> (double) curve.getOrDefault(y, new long[2])[0]).toList(), extAdded[0]));
        rows.put(OBUS_IN_SERVICE, new Row(perYearLast(w, Columns.OBUS_ACTIVE, years), obusEnd + extAdded[0]));
        rows.put(RSUS_ADDED, new Row(years.stream().map(y -> (double) curve.getOrDefault(y, new long[2])[1]).toList(), extAdded[1]));
        rows.put(RSUS_IN_SERVICE, new Row(perYearLast(w, Columns.RSUS_ACTIVE, years), rsusEnd + extAdded[1]));

        double perWeek = data.field("policy.pseudonym.perWeek").asDouble(Double.NaN);
        // a new OBU's first batch covers the pre-generation depth where the policy sets one
        double firstBatchWeeks = data.field("policy.pseudonym.pregenerateWeeks").asDouble(0);
        double psids = data.field("policy.application.psids").isArray() ? data.field("policy.application.psids").size() : Double.NaN;
        for (CertificateType t : CertificateType.values()) {
            Optional<String> col = Columns.certificates(w, t);
            List<Double> perYear = new ArrayList<>();
            for (Integer y : years) {
                perYear.add(col.isPresent() ? w.sumInYear(col.get(), y) : Double.NaN);
            }
            double ext = switch (t) {
                // devices in service all year, devices added on average half of it (uniform arrivals)
                case PSEUDONYM -> col.isPresent()
                        ? (obusEnd * EXTENSION_WEEKS + extAdded[0] * (EXTENSION_WEEKS / 2.0 + firstBatchWeeks)) * perWeek : Double.NaN;
                case APPLICATION -> col.isPresent() ? (rsusEnd * EXTENSION_WEEKS + extAdded[1] * EXTENSION_WEEKS / 2.0) * psids : Double.NaN;
                case ENROLLMENT -> col.isPresent() ? extAdded[0] + extAdded[1] : Double.NaN;
                case IDENTIFICATION -> Double.NaN;
            };
            rows.put(certificateRow(t), new Row(perYear, ext));
            col.ifPresent(c -> used.put(certificateRow(t), c));
        }
        return rows;
    }

    /** Devices added per year from the scenario's curve: year -> {obus, rsus}. */
    static Map<Integer, long[]> curve(JsonNode years) {
        Map<Integer, long[]> out = new LinkedHashMap<>();
        if (years.isArray()) {
            for (JsonNode y : years) {
                out.put(y.path("year").asInt(), new long[] {y.path("obus").asLong(), y.path("rsus").asLong()});
            }
        }
        return out;
    }

    private static List<Double> perYearLast(TimeTable w, String col, List<Integer> years) {
        List<Double> out = new ArrayList<>();
        for (Integer y : years) {
            OptionalDouble v = w.has(col) ? w.lastInYear(col, y) : OptionalDouble.empty();
            out.add(v.isPresent() ? v.getAsDouble() : Double.NaN);
        }
        return out;
    }

    private static double lastValue(TimeTable w, String col) {
        if (!w.has(col)) {
            return Double.NaN;
        }
        double[] v = w.column(col);
        return v[v.length - 1];
    }

    private static String cell(double mean, double half) {
        return Double.isNaN(half) || half == 0 ? Fmt.num(mean) : Fmt.num(mean) + " ± " + Fmt.num(half);
    }

    /** Year column headers; a partial year says how many weeks it covers. */
    public List<String> headers() {
        List<String> h = new ArrayList<>();
        h.add("Device / certificates");
        for (Integer y : years) {
            int n = weeksInYear.get(y);
            h.add(n >= 52 ? String.valueOf(y) : y + " (" + n + (n == 1 ? " week)" : " weeks)"));
        }
        h.add("Extension option: " + (years.get(years.size() - 1) + 1) + " (projected)");
        return h;
    }

    /** As a report table; values not simulated say so. */
    public Table table() {
        Table t = new Table(headers());
        rows.forEach((label, row) -> {
            List<Object> cells = new ArrayList<>();
            cells.add(label);
            boolean simulated = row.perYear().stream().anyMatch(v -> !Double.isNaN(v));
            for (int i = 0; i < row.perYear().size(); i++) {
                cells.add(simulated ? cell(row.perYear().get(i), row.perYearHalfWidth().get(i)) : Fmt.NOT_SIMULATED);
            }
            cells.add(simulated ? cell(row.extension(), row.extensionHalfWidth()) : Fmt.NOT_SIMULATED);
            t.row(cells.toArray());
        });
        return t;
    }
}
