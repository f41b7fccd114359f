package org.scmsim.ui.run;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.model.run.WeekRow;

/**
 * The numeric columns of the model's weekly rows, by name, read from the record itself: the
 * dashboard shows whatever the model reports, and new columns appear without UI changes.
 */
public final class WeeklyValues {

    private static final Map<String, RecordComponent> COLUMNS = new LinkedHashMap<>();

    static {
        for (RecordComponent c : WeekRow.class.getRecordComponents()) {
            Class<?> t = c.getType();
            if (t == long.class || t == int.class || t == double.class) {
                COLUMNS.put(c.getName(), c);
            }
        }
    }

    private WeeklyValues() {
    }

    /** Names of the numeric weekly columns, in the model's order. */
    public static List<String> columns() {
        return new ArrayList<>(COLUMNS.keySet());
    }

    public static boolean has(String column) {
        return COLUMNS.containsKey(column);
    }

    /** One column's value in a row (NaN where the model has none, e.g. a mean over no requests). */
    public static double value(WeekRow row, String column) {
        RecordComponent c = COLUMNS.get(column);
        if (c == null) {
            throw new IllegalArgumentException("the model reports no weekly column '" + column + "'");
        }
        try {
            return ((Number) c.getAccessor().invoke(row)).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + column, e);
        }
    }

    /** The sum of several columns per week (e.g. certificates requested of every kind). */
    public static double[] sum(List<WeekRow> rows, List<String> columns) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (String c : columns) {
                s += value(rows.get(i), c);
            }
            out[i] = s;
        }
        return out;
    }
}
