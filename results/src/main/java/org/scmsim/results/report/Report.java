package org.scmsim.results.report;

import java.util.List;

/**
 * A document for planners: sections of paragraphs, tables and figures, each table and figure
 * saying where its numbers came from. Rendered to a self-contained HTML file and to Markdown by
 * {@link ReportWriter}.
 *
 * @param title    document title
 * @param subtitle one line under the title (scenario, seed, date of the run)
 * @param sections in order
 */
public record Report(String title, String subtitle, List<Section> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    /** A numbered part of the report. */
    public record Section(String id, String title, List<Block> blocks) {
        public Section {
            if (!id.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("section id must be lower-case letters, digits, '-': " + id);
            }
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section holds. */
    public sealed interface Block permits Paragraph, TableBlock, Figure {
    }

    /** Plain text; a blank line starts a new paragraph. */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A table, also written as {@code tables/<name>.csv} and linked from the report.
     *
     * @param name    file name without extension (lower-case, digits, '-')
     * @param caption what the table shows
     * @param source  where its numbers come from (scenario fields, simulated metrics with CI)
     */
    public record TableBlock(String name, String caption, Table table, String source) implements Block {
        public TableBlock {
            if (!name.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("table name must be lower-case letters, digits, '-': " + name);
            }
        }
    }

    /**
     * A chart, inlined as SVG in the HTML and written as {@code charts/<name>.png} and {@code .svg}.
     *
     * @param name    file name without extension
     * @param caption what the chart shows
     * @param chart   the chart
     * @param source  where its numbers come from
     */
    public record Figure(String name, String caption, org.jfree.chart.JFreeChart chart, String source) implements Block {
        public Figure {
            if (!name.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("figure name must be lower-case letters, digits, '-': " + name);
            }
        }
    }
}
