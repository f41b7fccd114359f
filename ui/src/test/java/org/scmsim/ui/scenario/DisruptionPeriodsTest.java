package org.scmsim.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Disruptions read from a scenario's tree as calendar periods, whatever their kind. */
class DisruptionPeriodsTest {

    private static JsonNode yaml(String text) throws Exception {
        return new YAMLMapper().readTree(text);
    }

    @Test
    void eachListedDisruptionBecomesAPeriodFromItsStartForItsLength() throws Exception {
        JsonNode s = yaml("""
                start: 2027-01-01
                disruptions:
                  outages:
                    - { name: PCA down, component: pca, start: 2027-03-01, duration: P14D }
                    - { name: RA blip, component: ra, start: 2027-04-01, duration: PT6H }
                  caExposures:
                    - { name: PCA key, ca: pca, at: 2027-06-01, fraction: 0.5, rebootstrapPerDay: 100 }
                  deploymentDelays:
                    - { name: late, from: 2027-09-01, delay: P30D, certificates: lost }
                  backhaulOutages: []
                """);
        assertThat(DisruptionPeriods.of(s)).containsExactly(
                new DisruptionPeriods.Period("outages", "PCA down", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 15)),
                new DisruptionPeriods.Period("outages", "RA blip", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 2)),
                new DisruptionPeriods.Period("caExposures", "PCA key", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 2)),
                new DisruptionPeriods.Period("deploymentDelays", "late", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 1)));
        assertThat(DisruptionPeriods.shaded(s)).hasSize(4).first()
                .satisfies(p -> assertThat(p.label()).isEqualTo("PCA down"));
    }

    @Test
    void noDisruptionsOrAHalfTypedOneGiveNothingRatherThanAnError() throws Exception {
        assertThat(DisruptionPeriods.of(yaml("start: 2027-01-01"))).isEmpty();
        assertThat(DisruptionPeriods.of(yaml("disruptions: { outages: [ { name: x, start: 2027-13-40, duration: P1D } ] }"))).isEmpty();
        assertThat(DisruptionPeriods.of(yaml("disruptions: { outages: [ { name: x, start: 2027-02-01, duration: P1 } ] }")))
                .singleElement().satisfies(p -> assertThat(p.to()).isEqualTo(LocalDate.of(2027, 2, 2)));
    }
}
