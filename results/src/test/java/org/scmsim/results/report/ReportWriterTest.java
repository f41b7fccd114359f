package org.scmsim.results.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.results.chart.CategoryChart;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

class ReportWriterTest {

    @TempDir
    Path dir;

    private static Report sample() {
        Table t = Table.of("Device", "2027", "2028").row("OBUs", "1,000", "2,000").row("RSUs", "20", "40 ± 2");
        return new Report("Procurement report", "scenario x, seed 1", List.of(
                new Section("devices", "Devices <per year>", List.of(
                        new Paragraph("First paragraph.\n\nSecond & last."),
                        new TableBlock("table-1", "Table 1. Devices", t, "scenario field deployment.years"))),
                new Section("cost", "Cost", List.of(
                        new Figure("cost-by-year", "Cost by year",
                                CategoryChart.titled("Cost").value("a", "2027", 1).build(), "simulated")))));
    }

    @Test
    void writesSelfContainedHtmlMarkdownCsvAndCharts() throws Exception {
        ReportWriter.write(sample(), dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Devices &lt;per year&gt;")
                .contains("<p>Second &amp; last.</p>").contains("href=\"tables/table-1.csv\"")
                .contains("Source: scenario field deployment.years").contains("<td class=\"n\">40 ± 2</td>");
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("# Procurement report").contains("| Device | 2027 | 2028 |").contains("|---|---:|---:|")
                .contains("![Cost by year](charts/cost-by-year.png)");
        assertThat(Files.readString(dir.resolve("tables/table-1.csv")))
                .isEqualTo("Device,2027,2028\nOBUs,\"1,000\",\"2,000\"\nRSUs,20,40 ± 2\n");
        assertThat(dir.resolve("charts/cost-by-year.png")).isNotEmptyFile();
        assertThat(dir.resolve("charts/cost-by-year.svg")).isNotEmptyFile();
    }

    @Test
    void numericColumnsAreDetected() {
        Table t = Table.of("a", "b", "c").row("x", "1,234.5", "n/a").row("y", "12 %", "3");
        assertThat(t.numeric(0)).isFalse();
        assertThat(t.numeric(1)).isTrue();
        assertThat(t.numeric(2)).isFalse();
    }
}
