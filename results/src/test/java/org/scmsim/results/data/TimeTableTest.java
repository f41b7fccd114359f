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
}
