package org.scmsim.results.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeTableTest {

    @TempDir
    Path dir;

    @Test
    void readsNumericAndTextColumnsAndSumsByYear() throws Exception {
        Path f = dir.resolve("weekly.csv");
        Files.writeString(f, "week,start,arm,pseudonym_requested,mean_response_seconds\n"
                + "0,2027-12-24,base,10,NaN\n1,2027-12-31,base,20,1.5\n2,2028-01-07,base,30,\n");
        TimeTable t = TimeTable.read(f);
        assertThat(t.dates()).containsExactly(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 7));
        assertThat(t.columnNames()).containsExactly("week", "pseudonym_requested", "mean_response_seconds");
        assertThat(t.textColumns()).containsKey("arm");
        assertThat(t.years()).containsExactly(2027, 2028);
        assertThat(t.sumInYear("pseudonym_requested", 2027)).isEqualTo(30);
        assertThat(t.sumInYear("mean_response_seconds", 2027)).isEqualTo(1.5);
        assertThat(t.lastInYear("pseudonym_requested", 2027)).hasValue(20);
        assertThat(t.where("arm", "base").size()).isEqualTo(3);
    }

    @Test
    void malformedFilesAreNamedWithTheirLine() throws Exception {
        Path f = dir.resolve("weekly.csv");
        Files.writeString(f, "week,start\n0,2027-01-01\n1,yesterday\n");
        assertThatThrownBy(() -> TimeTable.read(f)).isInstanceOf(MalformedResultsException.class)
                .hasMessageContaining("weekly.csv").hasMessageContaining("line 3").hasMessageContaining("yesterday");
        Files.writeString(f, "week,count\n0,1\n");
        assertThatThrownBy(() -> TimeTable.read(f)).hasMessageContaining("no 'start' or 'date' column");
        Files.writeString(f, "week,start\n0,2027-01-01,9\n");
        assertThatThrownBy(() -> TimeTable.read(f)).hasMessageContaining("line 2 has 3 fields, the header 2");
        Files.writeString(f, "");
        assertThatThrownBy(() -> TimeTable.read(f)).hasMessageContaining("empty");
    }

    @Test
    void aWordInAColumnOfNumbersIsADamagedFileNotATextColumn() throws Exception {
        Path f = dir.resolve("weekly.csv");
        Files.writeString(f, "week,start,days,arm\n0,2027-01-01,7,base\n1,2027-01-08,abc,base\n");
        assertThatThrownBy(() -> TimeTable.read(f)).isInstanceOf(MalformedResultsException.class)
                .hasMessageContaining("weekly.csv").hasMessageContaining("line 3").hasMessageContaining("'days'")
                .hasMessageContaining("'abc' is not a number");
    }

    @Test
    void summaryJsonIsFlattenedToMetrics() throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("summary.json"), "{\"scenario\":\"x\",\"seed\":3,\"replication\":0,"
                + "\"totals\":{\"certificates_issued\":12,\"ra\":{\"utilisation\":0.5},\"mean_response_seconds\":\"NaN\"}}");
        Files.writeString(run.resolve("weekly.csv"), "week,start,obus_active\n0,2027-01-01,4\n");
        ResultData d = RunFolderReader.read(run, new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"name\":\"x\"}"), "s.yaml");
        assertThat(d.metrics()).containsOnlyKeys("certificates_issued", "ra_utilisation", "mean_response_seconds");
        assertThat(d.metric("ra_utilisation").orElseThrow().mean()).isEqualTo(0.5);
        assertThat(d.metric("certificates_issued").orElseThrow().hasInterval()).isFalse();
        Files.writeString(run.resolve("summary.json"), "{\"totals\": [1, 2");
        assertThatThrownBy(() -> RunFolderReader.read(run, null, "s.yaml")).isInstanceOf(MalformedResultsException.class)
                .hasMessageContaining("summary.json").hasMessageContaining("not valid JSON");
    }

    @Test
    void componentsByWeekBecomeWeeklyColumnsPerComponent() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("summary.json"), "{\"totals\":{\"certificates_issued\":12}}");
        Files.writeString(run.resolve("weekly.csv"), "week,start,days,obus_active\n0,2027-01-01,7.0,4\n1,2027-01-08,7.0,5\n");
        Files.writeString(run.resolve("components.csv"), "week,start,component,servers,utilisation,jobs_started,mean_wait_seconds,"
                + "jobs_waiting,backlog_certificates,down_hours,refused\n"
                + "0,2027-01-01,ra,2,0.5,100,1.5,0,20,0.0,0\n0,2027-01-01,pca,1,0.25,80,NaN,0,0,4.0,0\n"
                + "1,2027-01-08,ra,2,0.75,120,2.5,1,30,0.0,0\n");
        ResultData d = RunFolderReader.read(run, new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"name\":\"x\"}"), "s.yaml");
        TimeTable w = d.weekly();
        assertThat(w.column("ra_requests")).containsExactly(100, 120);
        assertThat(w.column("ra_wait_seconds")).containsExactly(1.5, 2.5);
        assertThat(w.column("pca_utilisation")[0]).isEqualTo(0.25);
        assertThat(w.column("pca_utilisation")[1]).isNaN();
        assertThat(w.column("pca_down_hours")[0]).isEqualTo(4.0);
        assertThat(Columns.components(w)).containsExactly("ra", "pca");
        assertThat(Columns.component(w, "ra", "backlog")).hasValue("ra_backlog");
        assertThat(w.provenance("ra_requests")).isEqualTo("ra_requests = components.csv jobs_started of ra");
    }
}
