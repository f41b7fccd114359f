package org.scmsim.scenarios.format;

/** Where a value came from: a file (or shipped resource) name, a line and a column (1-based). */
public record SourceLocation(String source, int line, int column) {

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
