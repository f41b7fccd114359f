package org.scmsim.scenarios.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scmsim.scenarios.cli.Cli.scmsim;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.cli.Cli.Outcome;

/** {@code scmsim report}: Table 1 against closed-form counts, every section on a shipped scenario, bad folders. */
class ReportCommandTest {

    @TempDir
    Path dir;

    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final int WEEKS = 104;
    static final double WEEK = 7 * 86400.0;
    static final double HORIZON = WEEKS * WEEK;

    /**
     * Every device connected at all times, retiring never, installed at once, and one week of
     * pseudonyms pre-generated: each device gets 20 pseudonyms for every week from the week it
     * joins, and each RSU 3 application certificates (one per PSID) for every week plus the week it
     * holds in reserve. 50 OBUs and 4 RSUs of 2026 are in service, enrolled and provisioned for the
     * first week (and the RSUs for their reserve week) before the run starts, so the SCMS issues
     * theirs from week 1 on; 26 OBUs and 2 RSUs join evenly over 2028.
     */
    static final String ALWAYS_ON = """
            name: closed-form
            description: Always-on connectivity, one week pre-generated
            seed: 11
            start: 2027-01-01
            horizon: P728D
            deployment:
              arrivals: even
              years:
                - { year: 2026, obus: 50, rsus: 4 }
                - { year: 2028, obus: 26, rsus: 2 }
              installers: 10
              installsPerDay: 1000
              obuLifetime: P0D
              rsuLifetime: P0D
            region:
              rsus: { backhaulAvailability: 1.0 }
            fleet:
              classes:
                - { name: car, share: 1.0, privileged: false, tripsPerDay: 3, tripLengthKm: "lognormal(12, 1.0)",
                    speedKmh: "uniform(30, 80)", cellularShare: 1.0, cellularPerDay: 1.0, cellularLatency: PT1S,
                    cellularMbps: 5, homeWifiShare: 0.0, homeWifiMbps: 20 }
            policy:
              pseudonym: { perWeek: 20, pregenerateWeeks: 1, downloadWeeks: 1, topOffWeeks: 1 }
              application: { psids: [SPAT, MAP, TIM], reserveWeeks: 1 }
            """;

    /**
     * Closed form: per calendar year of the week's start, certificates of {@code provisioned}
     * devices in service and provisioned before the start (one per week from week 1 on) and of
     * devices joining at {@code joins} (every week from the join week, plus the reserve at joining).
     */
    static Map<Integer, Double> closedForm(int provisioned, double[] joins, int perWeek, int reserveWeeks) {
        Map<Integer, Double> out = new TreeMap<>(Map.of(2027, 0.0, 2028, 0.0));
        for (int d = 0; d < provisioned; d++) {
            for (int w = 1; w < WEEKS; w++) {
                out.merge(START.plusWeeks(w).getYear(), (double) perWeek, Double::sum);
            }
        }
        for (double t : joins) {
            int joinWeek = (int) Math.min(WEEKS - 1, Math.floor(t / WEEK));
            for (int w = joinWeek; w < WEEKS; w++) {
                out.merge(START.plusWeeks(w).getYear(), (double) perWeek, Double::sum);
            }
            out.merge(START.plusWeeks(joinWeek).getYear(), (double) perWeek * reserveWeeks, Double::sum);
        }
        return out;
    }

    /** Join instants of {@code n} devices placed evenly over {@code year}, those before the horizon. */
    static double[] joins(int year, int n) {
        List<Double> t = new ArrayList<>();
        double y0 = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - START.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        double span = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - y0
                - START.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (int i = 0; i < n; i++) {
            double at = y0 + span * (i + 0.5) / n;
            if (at < HORIZON) {
                t.add(at);
            }
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static Map<String, List<String>> readTable(Path csv) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(csv.toFile())) {
            while (it.hasNext()) {
                List<String> r = it.next();
                rows.put(r.get(0), r.subList(1, r.size()));
            }
        }
        return rows;
    }

    static double number(String cell) {
        return Double.parseDouble(cell.replace(",", ""));
    }

    @Test
    void tableOneEqualsTheClosedFormCountsWithAlwaysOnConnectivity() throws Exception {
        Path scenario = dir.resolve("closed-form.yaml");
        Files.writeString(scenario, ALWAYS_ON);
        Path run = dir.resolve("run");
        Outcome r = scmsim("run", scenario.toString(), "--out", run.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Outcome o = scmsim("report", run.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("report.html");

        Map<String, List<String>> t1 = readTable(run.resolve("tables/table-1.csv"));
        assertThat(t1.get("Device / certificates")).containsExactly("2027", "2028 (51 weeks)", "Extension option: 2029 (projected)");
        Map<Integer, Double> pseudonyms = closedForm(50, joins(2028, 26), 20, 0);
        Map<Integer, Double> application = closedForm(4, joins(2028, 2), 3, 1);
        List<String> p = t1.get("Pseudonym (OBU) certificates");
        List<String> a = t1.get("Application (RSU) certificates");
        assertThat(number(p.get(0))).isEqualTo(pseudonyms.get(2027)).isEqualTo(50 * 20 * 52.0);
        assertThat(number(p.get(1))).isEqualTo(pseudonyms.get(2028));
        assertThat(number(a.get(0))).isEqualTo(application.get(2027)).isEqualTo(4 * 3 * 52.0);
        assertThat(number(a.get(1))).isEqualTo(application.get(2028));
        assertThat(t1.get("Enrollment (OBU and RSU) certificates").subList(0, 2)).containsExactly("0", "28");
        assertThat(t1.get("OBUs added (deployment curve)").subList(0, 2)).containsExactly("0", "26");
        assertThat(t1.get("OBUs in service (end of the year's last week)").subList(0, 2)).containsExactly("50", "76");
        assertThat(t1.get("RSUs in service (end of the year's last week)").subList(0, 2)).containsExactly("4", "6");
        // extension: 76 OBUs all year at 20 a week; 6 RSUs all year at 3 a week
        assertThat(number(p.get(2))).isEqualTo(76 * 52 * 20.0);
        assertThat(number(a.get(2))).isEqualTo(6 * 52 * 3.0);
        assertThat(Files.readString(run.resolve("report.md")))
                .contains("2026 (50 OBUs, 4 RSUs) are in service from the run's first day");
    }

    @Test
    void theDefaultScenarioGivesEverySectionInOneSelfContainedHtml() throws Exception {
        Path run = dir.resolve("default");
        assertThat(scmsim("run", "default", "--out", run.toString()).exit()).isZero();
        Outcome o = scmsim("report", run.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        String html = Files.readString(run.resolve("report.html"));
        for (String id : List.of("about", "table-1", "durations", "capacity", "risks", "cost", "metrics", "scenario")) {
            assertThat(html).contains("<section id=\"" + id + "\">");
        }
        assertThat(html).contains("Table 1. Device certificates and duration required").contains("<svg")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContainPattern("(?i)\\ssrc\\s*=")
                .doesNotContainPattern("href=\"(?!#|tables/|charts/)");
        assertThat(run.resolve("report.md")).isNotEmptyFile();
        assertThat(run.resolve("tables/table-1.csv")).isNotEmptyFile();
        assertThat(run.resolve("charts/demand-weekly.png")).isNotEmptyFile();
        assertThat(run.resolve("charts/demand-weekly.svg")).isNotEmptyFile();
        // the run's own files are untouched
        assertThat(run.resolve("weekly.csv")).isNotEmptyFile();
    }

    @Test
    void aBadFolderExitsTwoWithOneClearLineAndWritesNothing() throws Exception {
        Outcome missing = scmsim("report", dir.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope: no such folder").doesNotContain("Exception").doesNotContain("\tat ");

        Path file = dir.resolve("file.txt");
        Files.writeString(file, "x");
        assertThat(scmsim("report", file.toString()).err()).contains("is not a folder");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Outcome e = scmsim("report", empty.toString());
        assertThat(e.exit()).isEqualTo(2);
        assertThat(e.err()).contains("is not a results folder").contains("summary.json");
        assertNothingWritten(empty);

        Path run = dir.resolve("run");
        assertThat(scmsim("run", "default", "--out", run.toString(), "--set", "horizon=P60D").exit()).isZero();
        List<String> weekly = new ArrayList<>(Files.readAllLines(run.resolve("weekly.csv")));
        weekly.set(3, weekly.get(3).replaceFirst("2027-01-15", "15/01/2027"));
        Files.write(run.resolve("weekly.csv"), weekly);
        Outcome bad = scmsim("report", run.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("weekly.csv").contains("line 4").contains("15/01/2027").doesNotContain("\tat ");
        assertNothingWritten(run);

        Files.writeString(run.resolve("scenario.resolved.yaml"), "name: broken\nhorizon: soon\n");
        Outcome yaml = scmsim("report", run.toString());
        assertThat(yaml.exit()).isEqualTo(2);
        assertThat(yaml.err()).contains("scenario.resolved.yaml:2").contains("horizon");
        assertNothingWritten(run);
    }

    @Test
    void anExperimentFolderGivesTheCellsFiguresWithTheirIntervalsAndTheComparison() throws Exception {
        Path run = dir.resolve("run");
        assertThat(scmsim("run", "default", "--out", run.toString(), "--set", "horizon=P70D").exit()).isZero();
        Path exp = Files.createDirectories(dir.resolve("exp").resolve("scenarios"));
        exp = exp.getParent();
        String resolved = Files.readString(run.resolve("scenario.resolved.yaml"));
        Files.writeString(exp.resolve("scenario.resolved.yaml"), resolved);
        Files.writeString(exp.resolve("manifest.json"), "{\"experiment\": \"servers\", \"status\": \"complete\"}");
        StringBuilder cells = new StringBuilder();
        StringBuilder ts = new StringBuilder("cell,arm,scms.pca.servers,week,start,warmup,column,n,mean,sd,ci95_half_width,min,max\n");
        List<String> weekly = Files.readAllLines(run.resolve("weekly.csv"));
        List<String> head = List.of(weekly.get(0).split(","));
        for (int servers = 1; servers <= 2; servers++) {
            String id = "p0" + (servers - 1) + "-base";
            Files.writeString(exp.resolve("scenarios").resolve(id + ".yaml"), resolved);
            cells.append(cells.length() == 0 ? "" : ",").append("""
                    {"cell": "%s", "arm": "base", "point": {"scms.pca.servers": "%d"}, "replications": 3,
                     "metrics": {"mean_response_seconds": {"n": 3, "mean": %d, "sd": 1, "ci95_half_width": 2.5, "min": 9, "max": 11},
                                 "peak_backlog_certificates": {"n": 3, "mean": 100, "sd": null, "ci95_half_width": null, "min": 100, "max": 100}}}
                    """.formatted(id, servers, 20 / servers));
            for (int w = 1; w < weekly.size(); w++) {
                String[] v = weekly.get(w).split(",");
                for (int c = 0; c < v.length; c++) {
                    String col = head.get(c);
                    if (col.equals("week") || col.equals("start") || col.equals("days")) {
                        continue;
                    }
                    double x = Double.parseDouble(v[c]);
                    ts.append(id).append(",base,").append(servers).append(',').append(w - 1).append(',').append(v[1])
                            .append(",false,").append(col).append(",3,").append(x / servers).append(",1,").append(0.1 * x)
                            .append(',').append(x).append(',').append(x).append('\n');
                }
            }
        }
        Files.writeString(exp.resolve("summary.json"), "{\"baseline\": \"base\", \"cells\": [" + cells + "]}");
        // two replications of the shown cell: the run's weeks, and the same with 10% more of everything
        Path reps = Files.createDirectories(exp.resolve("replications/p00-base"));
        for (int r = 0; r < 2; r++) {
            StringBuilder j = new StringBuilder("{\"replication\": " + r + ", \"columns\": [");
            List<Integer> keep = new ArrayList<>();
            for (int c = 0; c < head.size(); c++) {
                if (!List.of("week", "start", "days").contains(head.get(c))) {
                    j.append(keep.isEmpty() ? "" : ",").append('"').append(head.get(c)).append('"');
                    keep.add(c);
                }
            }
            j.append("], \"week_starts\": [");
            for (int w = 1; w < weekly.size(); w++) {
                j.append(w == 1 ? "" : ",").append('"').append(weekly.get(w).split(",")[1]).append('"');
            }
            j.append("], \"weeks\": [");
            for (int w = 1; w < weekly.size(); w++) {
                String[] v = weekly.get(w).split(",");
                j.append(w == 1 ? "[" : ",[");
                for (int k = 0; k < keep.size(); k++) {
                    double x = Double.parseDouble(v[keep.get(k)]) * (r == 0 ? 1.0 : 1.1);
                    // a NaN cell (e.g. crl_reach before any CRL) is not a JSON number: the writer gives it as "NaN"
                    j.append(k == 0 ? "" : ",").append(Double.isNaN(x) ? "\"NaN\"" : String.valueOf(x));
                }
                j.append(']');
            }
            Files.writeString(reps.resolve(String.format("r%05d.json", r)), j.append("]}").toString());
        }
        Files.writeString(exp.resolve("timeseries.csv"), ts.toString());

        Outcome o = scmsim("report", exp.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        String md = Files.readString(exp.resolve("report.md"));
        assertThat(md).contains("experiment with 2 cells").contains("timeseries.csv, cell p00-base")
                .contains("| Mean response seconds | 20 s ± 2.5 s | simulated metric mean_response_seconds, mean ± 95% CI half-width over 3 replications |")
                .contains("## 7. Comparison of the arms").contains("| p01-base | arm base; scms.pca.servers = 2 |")
                .contains("charts/sweep-mean-response-seconds.png").contains("charts/compare-weekly-peak-backlog-certificates.png");
        Map<String, List<String>> t1 = readTable(exp.resolve("tables/table-1.csv"));
        Map<String, List<String>> runT1 = readTable(writeReport(run));
        // mean of the two replications (x and 1.1 x) with its 95% CI: 1.05 x ± t(0.975, 1) · 0.05 x
        double x = number(runT1.get("Pseudonym (OBU) certificates").get(0));
        String cell = t1.get("Pseudonym (OBU) certificates").get(0);
        assertThat(cell).contains(" ± ");
        assertThat(number(cell.substring(0, cell.indexOf(" ± ")))).isCloseTo(1.05 * x, org.assertj.core.data.Offset.offset(1.0));
        assertThat(number(cell.substring(cell.indexOf(" ± ") + 3))).isCloseTo(12.706 * 0.05 * x, org.assertj.core.data.Percentage.withPercentage(0.5));

        Outcome other = scmsim("report", exp.toString(), "--cell", "p01-base");
        assertThat(other.exit()).as(other.err()).isZero();
        assertThat(Files.readString(exp.resolve("report.md"))).contains("timeseries.csv, cell p01-base");
        Outcome wrong = scmsim("report", exp.toString(), "--cell", "p09");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("summary.json").contains("no cell 'p09'").contains("p00-base, p01-base");
    }

    private static Path writeReport(Path run) {
        assertThat(scmsim("report", run.toString()).exit()).isZero();
        return run.resolve("tables/table-1.csv");
    }

    private static void assertNothingWritten(Path folder) throws Exception {
        assertThat(folder.resolve("report.html")).doesNotExist();
        assertThat(folder.resolve("report.md")).doesNotExist();
        assertThat(folder.resolve("tables")).doesNotExist();
        assertThat(folder.resolve("charts")).doesNotExist();
        try (var files = Files.walk(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
