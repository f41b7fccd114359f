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

    /** One row: a value per year, and the extension option (NaN when it has none). */
    public record Row(List<Double> perYear, double extension) {
    }

    /** The row label of a certificate type. */
    public static String certificateRow(CertificateType t) {
        return t.label() + " certificates";
    }

    public static DeviceCertificateTable of(ResultData data) {
        TimeTable w = data.weekly();
        List<Integer> years = w.years();
        Map<Integer, Integer> weeks = new LinkedHashMap<>();
        for (Integer y : years) {
            weeks.put(y, (int) w.dates().stream().filter(d -> d.getYear() == y).count());
        }
        Map<Integer, long[]> curve = curve(data.field("deployment.years"));
        int extYear = years.get(years.size() - 1) + 1;
        long[] extAdded = curve.getOrDefault(extYear, new long[2]);

        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, String> used = new LinkedHashMap<>();
        double obusEnd = lastValue(w, Columns.OBUS_ACTIVE);
        double rsusEnd = lastValue(w, Columns.RSUS_ACTIVE);
        rows.put(OBUS_ADDED, new Row(years.stream().map(y -> (double) curve.getOrDefault(y, new long[2])[0]).toList(), extAdded[0]));
        rows.put(OBUS_IN_SERVICE, new Row(perYearLast(w, Columns.OBUS_ACTIVE, years), obusEnd + extAdded[0]));
        rows.put(RSUS_ADDED, new Row(years.stream().map(y -> (double) curve.getOrDefault(y, new long[2])[1]).toList(), extAdded[1]));
        rows.put(RSUS_IN_SERVICE, new Row(perYearLast(w, Columns.RSUS_ACTIVE, years), rsusEnd + extAdded[1]));

        double perWeek = data.field("policy.pseudonym.perWeek").asDouble(Double.NaN);
        double psids = data.field("policy.application.psids").isArray() ? data.field("policy.application.psids").size() : Double.NaN;
        for (CertificateType t : CertificateType.values()) {
            Optional<String> col = Columns.certificates(w, t);
            List<Double> perYear = new ArrayList<>();
            for (Integer y : years) {
                perYear.add(col.isPresent() ? w.sumInYear(col.get(), y) : Double.NaN);
            }
            double ext = switch (t) {
                // devices in service all year, devices added on average half of it (uniform arrivals)
                case PSEUDONYM -> col.isPresent() ? (obusEnd * EXTENSION_WEEKS + extAdded[0] * EXTENSION_WEEKS / 2.0) * perWeek : Double.NaN;
                case APPLICATION -> col.isPresent() ? (rsusEnd * EXTENSION_WEEKS + extAdded[1] * EXTENSION_WEEKS / 2.0) * psids : Double.NaN;
                case ENROLLMENT -> col.isPresent() ? extAdded[0] + extAdded[1] : Double.NaN;
                case IDENTIFICATION -> Double.NaN;
            };
            rows.put(certificateRow(t), new Row(perYear, ext));
            col.ifPresent(c -> used.put(certificateRow(t), c));
        }
        return new DeviceCertificateTable(years, weeks, rows, used);
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
            for (Double v : row.perYear()) {
                cells.add(simulated ? Fmt.num(v) : Fmt.NOT_SIMULATED);
            }
            cells.add(simulated ? Fmt.num(row.extension()) : Fmt.NOT_SIMULATED);
            t.row(cells.toArray());
        });
        return t;
    }
}
