package org.scmsim.results.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.ResultData;
import org.scmsim.results.data.Rows;
import org.scmsim.results.data.RunFolderReader;
import org.scmsim.results.data.TimeTable;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/** The procurement report from data alone: every section, provenance everywhere, nothing invented. */
class ProcurementReportTest {

    @TempDir
    Path dir;

    static final List<LocalDate> WEEKS = IntStream.range(0, 60).mapToObj(i -> LocalDate.of(2027, 1, 1).plusWeeks(i)).toList();

    static JsonNode scenario(String extra) throws Exception {
        return new ObjectMapper().readTree("""
                {"name":"pilot","description":"test pilot","seed":7,"start":"2027-01-01","horizon":"P420D",
                 "deployment":{"arrivals":"even","years":[{"year":2027,"obus":100,"rsus":10},{"year":2028,"obus":50,"rsus":5}]},
                 "policy":{"pseudonym":{"perWeek":20,"validity":"PT169H"},
                           "application":{"psids":["SPAT","MAP","TIM"],"validity":"PT169H","reserveWeeks":1}},
                 "scms":{"pca":{"throughput":1000.0,"serviceTime":"exponential"}}%s}""".formatted(extra));
    }

    static Map<String, double[]> minimalColumns() {
        Map<String, double[]> c = new LinkedHashMap<>();
        c.put("days", IntStream.range(0, 60).mapToDouble(i -> 7).toArray());
        c.put("obus_active", IntStream.range(0, 60).mapToDouble(i -> Math.min(150, 2 * i)).toArray());
        c.put("rsus_active", IntStream.range(0, 60).mapToDouble(i -> Math.min(15, i / 4)).toArray());
        c.put("pseudonym_requested", IntStream.range(0, 60).mapToDouble(i -> 40 * i).toArray());
        c.put("application_requested", IntStream.range(0, 60).mapToDouble(i -> 3 * (i / 4)).toArray());
        c.put("certificates_issued", IntStream.range(0, 60).mapToDouble(i -> 40 * i + 3 * (i / 4)).toArray());
        c.put("peak_backlog_certificates", IntStream.range(0, 60).mapToDouble(i -> i).toArray());
        c.put("requests_completed", IntStream.range(0, 60).mapToDouble(i -> 2 * i).toArray());
        c.put("mean_response_seconds", IntStream.range(0, 60).mapToDouble(i -> 0.5).toArray());
        return c;
    }

    static Map<String, Estimate> metrics() {
        Map<String, Estimate> m = new LinkedHashMap<>();
        m.put("mean_response_seconds", Estimate.single("mean_response_seconds", 0.5));
        m.put("max_response_seconds", Estimate.single("max_response_seconds", 4.0));
        m.put("late_certificates", Estimate.single("late_certificates", 0));
        return m;
    }

    static ResultData minimal() throws Exception {
        return new ResultData(ResultData.Kind.RUN, Path.of("runs/pilot"), scenario(""), "scenario.resolved.yaml", "weekly.csv",
                TimeTable.of(WEEKS, minimalColumns()), Optional.empty(), metrics(), Map.of(), Map.of());
    }

    private static List<String> sectionIds(Report r) {
        return r.sections().stream().map(Section::id).toList();
    }

    @Test
    void aRunWithOnlyDemandSaysWhatWasNotSimulatedAndInventsNothing() throws Exception {
        Report r = ProcurementReport.build(minimal());
        assertThat(sectionIds(r)).containsExactly("about", "table-1", "durations", "capacity", "risks", "cost", "metrics", "scenario");
        everyTableAndFigureHasASource(r);
        String md = ReportWriter.markdown(r);
        assertThat(section(md, "Cost under each pricing model")).contains("Cost: not simulated in this run");
        assertThat(section(md, "Risks")).contains("Disruptions: the scenario defines none")
                .contains("| OBU device-hours without valid certificates | not simulated in this run |")
                .contains("Misbehavior, revocation and the CRL").contains("re-bootstrapping all devices");
        assertThat(md).contains("| Certificate download bytes (OBUs, all channels) | not simulated in this run |")
                .contains("| CRL download bytes | not simulated in this run |")
                .contains("| Identification (OBU) certificates | not simulated in this run |");
        // Table 1 from the columns: 2027 holds weeks 0..52 (53 week starts), 2028 the rest
        DeviceCertificateTable t1 = DeviceCertificateTable.of(minimal());
        assertThat(t1.years()).containsExactly(2027, 2028);
        double pseudo2027 = IntStream.range(0, 60).filter(i -> WEEKS.get(i).getYear() == 2027).mapToDouble(i -> 40 * i).sum();
        assertThat(t1.rows().get("Pseudonym (OBU) certificates").perYear().get(0)).isEqualTo(pseudo2027);
        assertThat(t1.rows().get(DeviceCertificateTable.OBUS_ADDED).perYear()).containsExactly(100.0, 50.0);
        assertThat(t1.rows().get("Pseudonym (OBU) certificates").extension()).isEqualTo(118 * 52 * 20.0);
        assertThat(t1.headers()).contains("2028 (7 weeks)", "Extension option: 2029 (projected)");
    }

    @Test
    void aRunWithEveryKindOfDataFillsEverySection() throws Exception {
        Map<String, double[]> c = minimalColumns();
        c.put("download_bytes", IntStream.range(0, 60).mapToDouble(i -> i == 10 ? 70_000 : 7_000).toArray());
        c.put("crl_bytes", IntStream.range(0, 60).mapToDouble(i -> 700).toArray());
        c.put("crl_size_bytes", IntStream.range(0, 60).mapToDouble(i -> 100 + 33 * (i / 10)).toArray());
        c.put("crl_reach", IntStream.range(0, 60).mapToDouble(i -> 0.9).toArray());
        c.put("ra_requests", IntStream.range(0, 60).mapToDouble(i -> 604_800).toArray());
        c.put("ra_utilisation", IntStream.range(0, 60).mapToDouble(i -> 0.25).toArray());
        c.put("obus_without_certificates", IntStream.range(0, 60).mapToDouble(i -> i >= 20 && i < 22 ? 30 : 0).toArray());
        c.put("obu_hours_without_certificates", IntStream.range(0, 60).mapToDouble(i -> i >= 20 && i < 22 ? 100 : 0).toArray());
        Path cost = dir.resolve("cost.csv");
        Files.writeString(cost, "year,pricing_model,line_item,basis,period,quantity,unit_price,amount,discount_factor,present_value\n"
                + "2027,per device-year,devices,device_year,simulated,100,10,1000,1,1000\n"
                + "2027,per device-year,platform,yearly,simulated,1,500,500,1,500\n"
                + "2028,per device-year,devices,device_year,simulated,200,10,2000,0.5,1000\n"
                + "2028,per certificate,certificates,certificate,simulated,4000,1,4000,0.5,2000\n"
                + "2029,per device-year,devices,device_year,option,200,11,2200,0.25,550\n");
        Path dis = dir.resolve("disruptions.csv");
        Files.writeString(dis, "name,kind,start_seconds,end_seconds,obu_hours_without_certificates,rsu_hours_without_certificates,"
                + "recovery_seconds,devices_affected,devices_rebootstrapped,certificates_lost,added_cost,payer\n"
                + "RA outage,outage,12096000,13305600,200,,129600,76,0,0,1234,agency\n"
                + "PCA key,ca_exposure,15552000,15552000,50,,,150,150,0,22500,provider\n");
        Path rev = dir.resolve("revocations.csv");
        Files.writeString(rev, "device,latency_hours\n1,2\n2,5\n3,30\n");
        Map<String, Rows> extras = new LinkedHashMap<>();
        extras.put("cost.csv", Rows.read(cost));
        extras.put("disruptions.csv", Rows.read(dis));
        extras.put("revocations.csv", Rows.read(rev));
        Map<String, Estimate> m = metrics();
        m.put("obu_hours_without_certificates", new Estimate("obu_hours_without_certificates", 10, 200, 20, 14.3, 150, 250));
        m.put("crl_entries", Estimate.single("crl_entries", 5));
        m.put("rebootstrap_cost", Estimate.single("rebootstrap_cost", 99_000));
        JsonNode sc = scenario(",\"disruptions\":{\"outages\":[{\"name\":\"RA outage\",\"component\":\"ra\",\"start\":\"2027-05-21\","
                + "\"duration\":\"P14D\"}],\"caExposures\":[{\"name\":\"PCA key\",\"ca\":\"pca\",\"at\":\"2027-06-30\",\"fraction\":1.0}],"
                + "\"deploymentDelays\":[]},"
                + "\"cost\":{\"currency\":\"USD\",\"perDeviceYear\":10.0,\"liability\":{\"labourPerDevice\":150.0,\"payer\":\"provider\"}}");
        ResultData d = new ResultData(ResultData.Kind.RUN, dir, sc, "scenario.resolved.yaml", "weekly.csv", TimeTable.of(WEEKS, c),
                Optional.empty(), m, Map.of(), extras);
        Report r = ProcurementReport.build(d);
        everyTableAndFigureHasASource(r);
        String md = ReportWriter.markdown(r);
        assertThat(section(md, "Capacity and service level"))
                .contains("| RA | 1 | 1 |")                                  // 604,800 requests in a 7-day week = 1/s
                .contains("| Certificate download bytes (OBUs, all channels) | 10 kB | 1 kB | 1.15 kB |")
                .contains("| CRL download bytes | 100 B | 100 B | 100 B |");
        assertThat(section(md, "Risks"))
                .contains("| RA outage | 2027-05-21 to 2027-06-04 | name = RA outage; component = ra; start = 2027-05-21; duration = P14D; kind = outages | 200 | – | 36 h | 76 | 0 | 0 | 1,234 | agency |")
                .contains("| PCA key | 2027-06-30 to 2027-07-01 |").contains("| 50 | – | not recovered by the horizon | 150 | 150 | 0 | 22,500 | provider |")
                .contains("| OBU hours without certificates | 200 ± 14.3 | simulated metric obu_hours_without_certificates, mean ± 95% CI half-width over 10 replications |")
                .contains("cost.liability.labourPerDevice").contains("| Rebootstrap cost | 99,000 |")
                .contains("charts/crl.png").contains("charts/revocation-latency.png").contains("charts/devices-without-certificates.png");
        assertThat(section(md, "Cost under each pricing model"))
                .contains("| per device-year | 2027 | 1,000 | 500 | 0 | 1,500 | 1,500 | 1,500 |")
                .contains("| per device-year | 2029 (option) | 2,200 | 0 | 0 | 2,200 | 5,700 | 550 | – |")
                .contains("| per certificate | 2028 | 0 | 0 | 4,000 | 4,000 | 4,000 | 2,000 |")
                .contains("charts/cost-cumulative.png").contains("charts/cost-per-device-year.png");
        Figure backlog = figures(r).stream().filter(f -> f.name().equals("load-backlog")).findFirst().orElseThrow();
        assertThat(backlog.chart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(2);
    }

    @Test
    void anExperimentComparesItsArmsAndDrawsASweep() throws Exception {
        Map<String, ResultData.Arm> arms = new LinkedHashMap<>();
        for (int k = 1; k <= 3; k++) {
            Map<String, Estimate> m = new LinkedHashMap<>();
            m.put("mean_response_seconds", new Estimate("mean_response_seconds", 5, 10.0 / k, 1, 0.5, 9 / k, 11 / k));
            arms.put("pca=" + k * 500, new ResultData.Arm("pca=" + k * 500, List.of("scms.pca.throughput = " + k * 500), m,
                    Optional.empty(), Optional.of(new ResultData.SweepPoint("scms.pca.throughput", k * 500, "exponential"))));
        }
        Map<String, Estimate> base = new LinkedHashMap<>(arms.values().iterator().next().metrics());
        ResultData d = new ResultData(ResultData.Kind.EXPERIMENT, dir, scenario(""), "scenario.resolved.yaml", "weekly.csv",
                TimeTable.of(WEEKS, minimalColumns()), Optional.empty(), base, arms, Map.of());
        Report r = ProcurementReport.build(d);
        assertThat(sectionIds(r)).contains("comparison");
        String md = ReportWriter.markdown(r);
        assertThat(section(md, "Comparison of the arms")).contains("| pca=1000 | scms.pca.throughput = 1000 | 5 s ± 500 ms |")
                .contains("charts/sweep-mean-response-seconds.png");
        Figure sweep = figures(r).stream().filter(f -> f.name().equals("sweep-mean-response-seconds")).findFirst().orElseThrow();
        assertThat(sweep.chart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(3);
    }

    @Test
    void theHtmlIsOneSelfContainedFileWhoseLinksStayInTheFolder() throws Exception {
        Report r = ProcurementReport.build(minimal());
        List<Path> written = ReportWriter.write(r, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContain("@import")
                .doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:|//)").doesNotContainPattern("(?i)\\ssrc\\s*=");
        Matcher links = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }
        assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(t).matches("#[a-z0-9-]+|tables/[a-z0-9-]+\\.csv|charts/[a-z0-9-]+\\.(png|svg)"));
        for (String t : targets) {
            if (!t.startsWith("#")) {
                assertThat(dir.resolve(t)).as(t).isNotEmptyFile();
            }
        }
        assertThat(html).contains("<svg").contains("id=\"table-1\"");
        Matcher ids = Pattern.compile("id='([^']+)'").matcher(html);
        List<String> defs = new ArrayList<>();
        while (ids.find()) {
            defs.add(ids.group(1));
        }
        assertThat(defs).as("ids of the inlined charts' definitions").isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("fig-"));
        assertThat(written).contains(dir.resolve("report.html"), dir.resolve("report.md"), dir.resolve("tables/table-1.csv"));
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aRunFolderIsReadFromItsFilesAlone() throws Exception {
        Files.writeString(dir.resolve("summary.json"), "{\"totals\":{\"mean_response_seconds\":0.5,\"late_certificates\":0}}");
        StringBuilder w = new StringBuilder("week,start,days,obus_active,pseudonym_requested\n");
        for (int i = 0; i < 10; i++) {
            w.append(i).append(',').append(WEEKS.get(i)).append(",7.0,").append(i).append(',').append(20 * i).append('\n');
        }
        Files.writeString(dir.resolve("weekly.csv"), w.toString());
        ResultData d = RunFolderReader.read(dir, scenario(""), "scenario.resolved.yaml");
        Report r = ProcurementReport.build(d);
        ReportWriter.write(r, dir);
        assertThat(Files.readString(dir.resolve("tables/table-1.csv"))).contains("Pseudonym (OBU) certificates,900,");
    }

    @Test
    void configuredUptimeComesFromTheComponentsFields() throws Exception {
        JsonNode sc = scenario("");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sc.get("scms")).set("ra", new ObjectMapper().readTree(
                "{\"servers\": 2, \"mtbf\": \"P30D\", \"mttr\": \"PT12H\", \"maintenanceEvery\": \"P7D\", \"maintenanceLength\": \"PT7H\"}"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sc.get("scms")).set("eca", new ObjectMapper().readTree(
                "{\"servers\": 1, \"mtbf\": \"PT0S\", \"mttr\": \"PT4H\", \"maintenanceEvery\": \"PT0S\", \"maintenanceLength\": \"PT0S\"}"));
        Map<String, Estimate> m = metrics();
        m.put("component_outages", Estimate.single("component_outages", 3));
        ResultData d = new ResultData(ResultData.Kind.RUN, dir, sc, "scenario.resolved.yaml", "weekly.csv",
                TimeTable.of(WEEKS, minimalColumns()), Optional.empty(), m, Map.of(), Map.of());
        String md = ReportWriter.markdown(ProcurementReport.build(d));
        // 30 / 30.5 up between failures, 161 of every 168 hours outside maintenance
        assertThat(md).contains("| ECA (enrollment) | 1 | never fails | – | none | 100.0 % |")
                .contains("| RA | 2 | 30 days | 12 h | 7 h every 7 days | 94.3 % |")
                .contains("| Outages simulated (all components) |  |  |  |  | 3 |");
    }

    @Test
    void crlBytesComeFromTheWeeklyColumnWhenTheDailyTableHasNone() throws Exception {
        // a run folder: daily.csv carries the download bytes, weekly.csv the CRL bytes OBUs received
        Map<String, double[]> weekly = minimalColumns();
        weekly.put("crl_bytes", IntStream.range(0, 60).mapToDouble(i -> i == 30 ? 14_000 : 700).toArray());
        List<LocalDate> days = IntStream.range(0, 420).mapToObj(i -> LocalDate.of(2027, 1, 1).plusDays(i)).toList();
        Map<String, double[]> daily = new LinkedHashMap<>();
        daily.put("obus_active", IntStream.range(0, 420).mapToDouble(i -> 100).toArray());
        daily.put("download_bytes", IntStream.range(0, 420).mapToDouble(i -> 1_000).toArray());
        ResultData d = new ResultData(ResultData.Kind.RUN, dir, scenario(""), "scenario.resolved.yaml", "weekly.csv",
                TimeTable.of(WEEKS, weekly), Optional.of(TimeTable.of(days, daily)), metrics(), Map.of(), Map.of());
        String md = ReportWriter.markdown(ProcurementReport.build(d));
        // 14,000 B in the week of the peak = 2 kB a day; 700 B a week otherwise = 100 B a day
        assertThat(section(md, "Capacity and service level"))
                .contains("| CRL bytes to OBUs (received at their contacts) | 2 kB | 100 B |")
                .doesNotContain("| CRL download bytes | not simulated in this run |");
        // a run without misbehaviour writes the column too, but issued no CRL: not simulated
        Map<String, Estimate> none = metrics();
        none.put("crls_issued", Estimate.single("crls_issued", 0));
        ResultData off = new ResultData(ResultData.Kind.RUN, dir, scenario(""), "scenario.resolved.yaml", "weekly.csv",
                TimeTable.of(WEEKS, weekly), Optional.of(TimeTable.of(days, daily)), none, Map.of(), Map.of());
        String offMd = ReportWriter.markdown(ProcurementReport.build(off));
        assertThat(section(offMd, "Capacity and service level")).contains("| CRL download bytes | not simulated in this run |");
        assertThat(offMd).doesNotContain("charts/crl.png");
    }

    @Test
    void crlIssuesAndRevocationsFromTheirOwnFiles() throws Exception {
        Path crl = dir.resolve("crl.csv");
        Files.writeString(crl, "version,issued_seconds,week,entries,new_entries,content_bytes,bytes,obus_active,reach50_hours,"
                + "reach90_hours,reach99_hours\n1,86400,0,1,1,77,169,100,2,10,30\n2,691200,1,2,1,110,202,120,2,12,40\n");
        Path rev = dir.resolve("revocations.csv");
        Files.writeString(rev, "device,false_positive,onset_seconds,decision_seconds,crl_issue_seconds,reach50_seconds,"
                + "reach90_seconds,reach99_seconds,latency_hours,messages_accepted\n1,false,0,3600,86400,90000,120000,NaN,1.0,3\n"
                + "2,false,0,7200,691200,700000,720000,NaN,2.0,0\n");
        Map<String, Estimate> m = metrics();
        m.put("crls_issued", Estimate.single("crls_issued", 2));
        m.put("rebootstrap_devices", Estimate.single("rebootstrap_devices", 0));
        m.put("rebootstrap_cost", Estimate.single("rebootstrap_cost", 0));
        ResultData d = new ResultData(ResultData.Kind.RUN, dir, scenario(""), "scenario.resolved.yaml", "weekly.csv",
                TimeTable.of(WEEKS, minimalColumns()), Optional.empty(), m, Map.of(),
                Map.of("crl.csv", Rows.read(crl), "revocations.csv", Rows.read(rev)));
        Report r = ProcurementReport.build(d);
        String md = ReportWriter.markdown(r);
        // 202 B to 120 OBUs on day 8 is the busiest day
        assertThat(md).contains("| CRL bytes to OBUs (every active OBU gets each CRL) | 24.24 kB |")
                .contains("| CRLs issued | 2 |").contains("charts/crl.png").contains("charts/revocation-latency.png")
                .doesNotContain("| Rebootstrap cost |");
        Figure c = figures(r).stream().filter(f -> f.name().equals("crl")).findFirst().orElseThrow();
        assertThat(c.source()).startsWith("crl.csv");
        assertThat(c.chart().getXYPlot().getDataset(0).getYValue(0, 1)).isEqualTo(202.0);
    }

    private static void everyTableAndFigureHasASource(Report r) {
        for (Section s : r.sections()) {
            for (Report.Block b : s.blocks()) {
                if (b instanceof TableBlock t) {
                    assertThat(t.source()).as(t.name()).isNotBlank();
                    assertThat(t.table().rows()).as(t.name() + " has rows").isNotEmpty();
                } else if (b instanceof Figure f) {
                    assertThat(f.source()).as(f.name()).isNotBlank();
                }
            }
        }
    }

    private static List<Figure> figures(Report r) {
        return r.sections().stream().flatMap(s -> s.blocks().stream()).filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }

    /** The Markdown of one section, up to the next. */
    private static String section(String md, String title) {
        int i = md.indexOf(". " + title + "\n");
        assertThat(i).as("section " + title).isPositive();
        int j = md.indexOf("\n## ", i);
        return md.substring(i, j < 0 ? md.length() : j);
    }
}
