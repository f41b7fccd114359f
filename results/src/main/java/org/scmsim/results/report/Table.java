package org.scmsim.results.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of already formatted cells. Columns after the first are right-aligned when every cell
 * of theirs looks numeric.
 */
public final class Table {

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs columns");
        }
        this.columns = List.copyOf(columns);
    }

    public static Table of(String... columns) {
        return new Table(List.of(columns));
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
        }
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(List.copyOf(r));
        return this;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public boolean numeric(int column) {
        if (column == 0 || rows.isEmpty()) {
            return false;
        }
        for (List<String> r : rows) {
            String c = r.get(column).replace(",", "").replace("%", "").replace("±", "").replace("$", "").trim();
            if (!c.isEmpty() && !c.equals("–") && !c.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?( .*)?")) {
                return false;
            }
        }
        return true;
    }

    /** RFC 4180 CSV with a header line. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        line(b, columns);
        for (List<String> r : rows) {
            line(b, r);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append('\n');
    }
}
