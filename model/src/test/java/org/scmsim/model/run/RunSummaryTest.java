package org.scmsim.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunSummaryTest {

    @Test
    void metricsNameEveryFigureInSnakeCaseInOrder() {
        RunSummary s = TestSummaries.example();
        assertThat(s.metrics()).hasSize(RunSummary.class.getRecordComponents().length);
        assertThat(s.metrics().keySet()).startsWith("obus_deployed", "rsus_deployed", "pseudonym_requested");
        assertThat(s.metrics()).containsEntry("peak_backlog_certificates", 77.0)
                .containsEntry("pca_utilisation", 0.25).containsEntry("events_processed", 12345.0);
    }
}
