package org.scmsim.results.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.scmsim.results.chart.ChartFiles;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/**
 * Writes a {@link Report} into a folder: {@code report.html} (one self-contained file, charts
 * inlined as SVG), {@code report.md} (charts linked as PNG), {@code tables/*.csv} and
 * {@code charts/*.png|svg}. Every file is written atomically.
 */
public final class ReportWriter {

    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";
    static final int WIDTH = 1000;
    static final int HEIGHT = 480;

    private ReportWriter() {
    }

    /**
     * Renders every file first, in memory, and only then writes them, each atomically: a report
     * that cannot be rendered leaves the folder as it was.
     *
     * @return the files written, in order
     */
    public static java.util.List<Path> write(Report report, Path dir) throws IOException {
        java.util.Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
        for (Section s : report.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof TableBlock t) {
                    put(files, dir.resolve("tables").resolve(t.name() + ".csv"), t.table().toCsv().getBytes(StandardCharsets.UTF_8));
                } else if (b instanceof Figure f) {
                    put(files, dir.resolve("charts").resolve(f.name() + ".png"), ChartFiles.pngBytes(f.chart(), WIDTH, HEIGHT));
                    put(files, dir.resolve("charts").resolve(f.name() + ".svg"),
                            ChartFiles.svgDocument(f.chart(), WIDTH, HEIGHT).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        put(files, dir.resolve(MARKDOWN), markdown(report).getBytes(StandardCharsets.UTF_8));
        put(files, dir.resolve(HTML), html(report).getBytes(StandardCharsets.UTF_8));
        for (java.util.Map.Entry<Path, byte[]> e : files.entrySet()) {
            AtomicFiles.write(e.getKey(), e.getValue());
        }
        return java.util.List.copyOf(files.keySet());
    }

    private static void put(java.util.Map<Path, byte[]> files, Path file, byte[] content) {
        if (files.put(file, content) != null) {
            throw new IllegalArgumentException("two tables or figures of the report are named " + file.getFileName());
        }
    }

    // ---- Markdown

    static String markdown(Report r) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(r.title()).append("\n\n");
        if (!r.subtitle().isEmpty()) {
            b.append("_").append(r.subtitle()).append("_\n\n");
        }
        int n = 1;
        for (Section s : r.sections()) {
            b.append("- [").append(n++).append(". ").append(s.title()).append("](#").append(s.id()).append(")\n");
        }
        b.append('\n');
        n = 1;
        for (Section s : r.sections()) {
            b.append("<a id=\"").append(s.id()).append("\"></a>\n\n## ").append(n++).append(". ").append(s.title()).append("\n\n");
            for (Block block : s.blocks()) {
                if (block instanceof Paragraph p) {
                    b.append(p.text().strip()).append("\n\n");
                } else if (block instanceof TableBlock t) {
                    b.append("**").append(t.caption()).append("** ([CSV](tables/").append(t.name()).append(".csv))\n\n");
                    Table table = t.table();
                    b.append("| ");
                    for (String c : table.columns()) {
                        b.append(md(c)).append(" | ");
                    }
                    b.append("\n|");
                    for (int i = 0; i < table.columns().size(); i++) {
                        b.append(table.numeric(i) ? "---:|" : "---|");
                    }
                    b.append('\n');
                    for (var row : table.rows()) {
                        b.append("| ");
                        for (String c : row) {
                            b.append(md(c)).append(" | ");
                        }
                        b.append('\n');
                    }
                    b.append("\n_Source: ").append(t.source()).append("_\n\n");
                } else if (block instanceof Figure f) {
                    b.append("![").append(f.caption()).append("](charts/").append(f.name()).append(".png)\n\n")
                            .append("**").append(f.caption()).append("** _Source: ").append(f.source()).append("_\n\n");
                }
            }
        }
        return b.toString();
    }

    private static String md(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }

    // ---- HTML

    static String html(Report r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(r.title()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header><h1>")
                .append(esc(r.title())).append("</h1>");
        if (!r.subtitle().isEmpty()) {
            b.append("<p class=\"subtitle\">").append(esc(r.subtitle())).append("</p>");
        }
        b.append("</header>\n<nav><ol>");
        for (Section s : r.sections()) {
            b.append("<li><a href=\"#").append(s.id()).append("\">").append(esc(s.title())).append("</a></li>");
        }
        b.append("</ol></nav>\n<main>\n");
        for (Section s : r.sections()) {
            b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n");
            for (Block block : s.blocks()) {
                if (block instanceof Paragraph p) {
                    for (String para : p.text().strip().split("\n\\s*\n")) {
                        b.append("<p>").append(esc(para)).append("</p>\n");
                    }
                } else if (block instanceof TableBlock t) {
                    Table table = t.table();
                    b.append("<figure class=\"table\"><figcaption>").append(esc(t.caption()))
                            .append(" <a href=\"tables/").append(t.name()).append(".csv\">CSV</a></figcaption>\n<table><thead><tr>");
                    for (int i = 0; i < table.columns().size(); i++) {
                        b.append(table.numeric(i) ? "<th class=\"n\">" : "<th>").append(esc(table.columns().get(i))).append("</th>");
                    }
                    b.append("</tr></thead><tbody>\n");
                    for (var row : table.rows()) {
                        b.append("<tr>");
                        for (int i = 0; i < row.size(); i++) {
                            b.append(table.numeric(i) ? "<td class=\"n\">" : "<td>").append(esc(row.get(i))).append("</td>");
                        }
                        b.append("</tr>\n");
                    }
                    b.append("</tbody></table><p class=\"source\">Source: ").append(esc(t.source())).append("</p></figure>\n");
                } else if (block instanceof Figure f) {
                    b.append("<figure class=\"chart\">")
                            .append(ChartFiles.svgElement(f.chart(), WIDTH, HEIGHT, "fig-" + f.name() + "-"))
                            .append("<figcaption>").append(esc(f.caption()))
                            .append(" <a href=\"charts/").append(f.name()).append(".png\">PNG</a> <a href=\"charts/")
                            .append(f.name()).append(".svg\">SVG</a></figcaption><p class=\"source\">Source: ")
                            .append(esc(f.source())).append("</p></figure>\n");
                }
            }
            b.append("</section>\n");
        }
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A PNG as a data: URI (for embedding bitmaps where SVG will not do). */
    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static final String CSS = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 1060px;
                   padding: 0 24px 48px; color: #1d1d1f; line-height: 1.45; }
            header { border-bottom: 3px solid #1f77b4; margin-bottom: 16px; }
            h1 { margin: 24px 0 4px; } .subtitle { color: #555; margin-top: 0; }
            h2 { border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 36px; }
            nav ol { columns: 2; } nav a { text-decoration: none; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
            th, td { border: 1px solid #d0d0d0; padding: 4px 8px; } th { background: #f2f5f9; text-align: left; }
            .n { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 18px 0; } figcaption { font-weight: bold; margin: 6px 0; }
            figure.chart svg { max-width: 100%; height: auto; }
            .source { color: #555; font-size: 0.85em; margin-top: 4px; }
            @media print { nav { display: none; } section { page-break-inside: avoid; } }
            """;
}
