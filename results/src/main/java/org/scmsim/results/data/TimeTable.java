package org.scmsim.results.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.scmsim.model.run.RunSummary;

/**
 * A time series table: one row per period (week or day), the period's first day, and numeric
 * columns by name. Read from any results CSV whose date column is {@code start} or {@code date};
 * columns that are not numbers (labels) are kept aside as text.
 */
public final class TimeTable {

    private final List<LocalDate> dates;
    private final Map<String, double[]> columns;
    private final Map<String, List<String>> text;
    private final Map<String, String> derived = new LinkedHashMap<>();

    private TimeTable(List<LocalDate> dates, Map<String, double[]> columns, Map<String, List<String>> text) {
        this.dates = List.copyOf(dates);
        this.columns = new LinkedHashMap<>(columns);
        this.text = text;
    }

    /**
     * Adds column {@code name} as the row-wise sum of those {@code parts} present (NaN cells count
     * as 0), unless the table already has it or has none of the parts. Returns whether it was added.
     */
    public boolean deriveSum(String name, String... parts) {
        if (columns.containsKey(name)) {
            return false;
        }
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (columns.containsKey(p)) {
                present.add(p);
            }
        }
        if (present.isEmpty()) {
            return false;
        }
        double[] sum = new double[dates.size()];
        for (String p : present) {
            double[] v = columns.get(p);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += Double.isNaN(v[i]) ? 0 : v[i];
            }
        }
        columns.put(name, sum);
        derived.put(name, String.join(" + ", present));
        return true;
    }

    /**
     * Adds a column from another series, aligned by date (rows without a value get NaN); does
     * nothing if the table has the column already. {@code source} says where it came from.
     */
    public void addAligned(String name, Map<LocalDate, Double> byDate, String source) {
        if (columns.containsKey(name)) {
            return;
        }
        double[] v = new double[dates.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = byDate.get(dates.get(i));
            v[i] = x == null ? Double.NaN : x;
        }
        columns.put(name, v);
        derived.put(name, source);
    }

    /** How a derived column was computed ({@code a + b}), or the column's own name. */
    public String provenance(String column) {
        String f = derived.get(column);
        return f == null ? column : column + " = " + f;
    }

    /** A table built in memory (the dashboard, tests): every column as long as {@code dates}. */
    public static TimeTable of(List<LocalDate> dates, Map<String, double[]> columns) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((k, v) -> {
            if (v.length != dates.size()) {
                throw new IllegalArgumentException("column " + k + " has " + v.length + " values for " + dates.size() + " dates");
            }
            copy.put(k, v.clone());
        });
        return new TimeTable(dates, copy, Map.of());
    }

    /** Rows of records (e.g. {@code WeekRow}s) with a {@code LocalDate} accessor and numeric fields. */
    public static <T extends Record> TimeTable ofRecords(List<T> rows, java.util.function.Function<T, LocalDate> date) {
        List<LocalDate> dates = rows.stream().map(date).toList();
        Map<String, double[]> cols = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            for (var c : rows.get(0).getClass().getRecordComponents()) {
                if (!Number.class.isAssignableFrom(box(c.getType()))) {
                    continue;
                }
                double[] v = new double[rows.size()];
                for (int i = 0; i < v.length; i++) {
                    try {
                        v[i] = ((Number) c.getAccessor().invoke(rows.get(i))).doubleValue();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c.getName(), e);
                    }
                }
                cols.put(RunSummary.snakeCase(c.getName()), v);
            }
        }
        return new TimeTable(dates, cols, Map.of());
    }

    /** Reads a CSV with a header line, a {@code start} or {@code date} column of ISO dates, numeric columns. */
    public static TimeTable read(Path csv) throws MalformedResultsException {
        List<List<String>> lines = Rows.csvLines(csv);
        List<String> header = lines.get(0);
        int dateCol = header.indexOf("start");
        if (dateCol < 0) {
            dateCol = header.indexOf("date");
        }
        if (dateCol < 0) {
            throw new MalformedResultsException(csv, "has no 'start' or 'date' column (header: " + String.join(",", header) + ")");
        }
        int n = lines.size() - 1;
        List<LocalDate> dates = new ArrayList<>(n);
        Map<String, double[]> cols = new LinkedHashMap<>();
        Map<String, List<String>> text = new LinkedHashMap<>();
        for (int r = 1; r <= n; r++) {
            List<String> row = lines.get(r);
            if (row.size() != header.size()) {
                throw new MalformedResultsException(csv, "line " + (r + 1) + " has " + row.size() + " fields, the header " + header.size());
            }
            try {
                dates.add(LocalDate.parse(row.get(dateCol).trim()));
            } catch (DateTimeParseException e) {
                throw new MalformedResultsException(csv, "line " + (r + 1) + ": '" + row.get(dateCol) + "' is not a date (YYYY-MM-DD)");
            }
        }
        for (int c = 0; c < header.size(); c++) {
            if (c == dateCol) {
                continue;
            }
            String name = header.get(c).trim();
            double[] v = new double[n];
            boolean numeric = true;
            boolean seenNumber = false;
            for (int r = 1; r <= n && numeric; r++) {
                String cell = lines.get(r).get(c).trim();
                if (cell.isEmpty() || cell.equalsIgnoreCase("NaN")) {
                    v[r - 1] = Double.NaN;
                    continue;
                }
                try {
                    v[r - 1] = Double.parseDouble(cell);
                    seenNumber = true;
                } catch (NumberFormatException e) {
                    if (seenNumber) {
                        // a column of numbers with one that is not: a damaged file, not a text column
                        throw new MalformedResultsException(csv, "line " + (r + 1) + ", column '" + name + "': '" + cell
                                + "' is not a number (the rows above hold numbers)");
                    }
                    numeric = false;
                }
            }
            if (numeric) {
                cols.put(name, v);
            } else {
                List<String> t = new ArrayList<>(n);
                for (int r = 1; r <= n; r++) {
                    t.add(lines.get(r).get(c));
                }
                text.put(name, List.copyOf(t));
            }
        }
        return new TimeTable(dates, cols, text);
    }

    public List<LocalDate> dates() {
        return dates;
    }

    public int size() {
        return dates.size();
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The first of the given columns that exists. */
    public Optional<String> first(String... names) {
        for (String n : names) {
            if (columns.containsKey(n)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** A copy of the column's values. */
    public double[] column(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no column " + name + " (have " + columns.keySet() + ")");
        }
        return v.clone();
    }

    public Optional<double[]> find(String name) {
        return Optional.ofNullable(columns.get(name)).map(double[]::clone);
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** Columns whose values were text (e.g. an arm's name). */
    public Map<String, List<String>> textColumns() {
        return Collections.unmodifiableMap(text);
    }

    /** Rows whose text column {@code column} equals {@code value}, as a new table. */
    public TimeTable where(String column, String value) {
        List<String> t = text.get(column);
        if (t == null) {
            throw new IllegalArgumentException("no text column " + column);
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).equals(value)) {
                keep.add(i);
            }
        }
        List<LocalDate> d = keep.stream().map(dates::get).toList();
        Map<String, double[]> cols = new LinkedHashMap<>();
        columns.forEach((k, v) -> cols.put(k, keep.stream().mapToDouble(i -> v[i]).toArray()));
        Map<String, List<String>> tx = new LinkedHashMap<>();
        text.forEach((k, v) -> tx.put(k, keep.stream().map(v::get).toList()));
        return new TimeTable(d, cols, tx);
    }

    /** Sum of a column over the rows whose date falls in {@code year}; NaN cells count as 0. */
    public double sumInYear(String column, int year) {
        double[] v = columns.get(column);
        double s = 0;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).getYear() == year && !Double.isNaN(v[i])) {
                s += v[i];
            }
        }
        return s;
    }

    /** Last value of a column among the rows in {@code year}. */
    public OptionalDouble lastInYear(String column, int year) {
        double[] v = columns.get(column);
        OptionalDouble out = OptionalDouble.empty();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).getYear() == year && !Double.isNaN(v[i])) {
                out = OptionalDouble.of(v[i]);
            }
        }
        return out;
    }

    /** Calendar years of the rows, in order. */
    public List<Integer> years() {
        return dates.stream().map(LocalDate::getYear).distinct().sorted().toList();
    }

    /** A derived column, row by row. */
    public double[] derive(ToDoubleFunction<Integer> row) {
        double[] v = new double[dates.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = row.applyAsDouble(i);
        }
        return v;
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        return t == int.class ? Integer.class : t == long.class ? Long.class : t == double.class ? Double.class
                : t == float.class ? Float.class : t == short.class ? Short.class : t == byte.class ? Byte.class : Object.class;
    }
}
