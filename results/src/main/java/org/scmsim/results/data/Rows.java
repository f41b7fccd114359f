package org.scmsim.results.data;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A CSV of labelled rows (cost line items, disruptions, revocations, an experiment's summary):
 * the header's names and each row's cells as text, read back as numbers on demand.
 */
public final class Rows {

    private final Path source;
    private final List<String> header;
    private final List<Map<String, String>> rows;

    private Rows(Path source, List<String> header, List<Map<String, String>> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public static Rows read(Path csv) throws MalformedResultsException {
        List<List<String>> lines = csvLines(csv);
        List<String> header = lines.get(0).stream().map(String::trim).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            if (line.size() == 1 && line.get(0).isBlank()) {
                continue;
            }
            if (line.size() != header.size()) {
                throw new MalformedResultsException(csv, "line " + (r + 1) + " has " + line.size() + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), line.get(c));
            }
            rows.add(row);
        }
        return new Rows(csv, header, rows);
    }

    /** The lines of a CSV file as cells of text, the header first; refused when it cannot be read or is empty. */
    static List<List<String>> csvLines(Path csv) throws MalformedResultsException {
        List<List<String>> lines = new ArrayList<>();
        try {
            CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(Files.newBufferedReader(csv))) {
                while (it.hasNext()) {
                    lines.add(it.next());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new MalformedResultsException(csv, "cannot read as CSV: " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new MalformedResultsException(csv, "is empty (expected a header line)");
        }
        return lines;
    }

    public Path source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** A cell as a number; empty when blank, NaN text, or not a number. */
    public static OptionalDouble number(Map<String, String> row, String column) {
        String s = row.get(column);
        if (s == null || s.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isNaN(d) ? OptionalDouble.empty() : OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
