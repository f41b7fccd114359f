package org.scmsim.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.random.Distribution;
import org.scmsim.model.testing.TestScenarios;

/** The scenario records reject bad values naming the field, so the reader can point at its line. */
class ScenarioRecordsTest {

    @Test
    void distributionsAreReadFromTheirTextForm() {
        assertThat(Distribution.parse("lognormal(12, 0.8)")).isEqualTo(new Distribution.LogNormal(12, 0.8));
        assertThat(Distribution.parse(" uniform( 30 ,90 ) ")).isEqualTo(new Distribution.Uniform(30, 90));
        assertThat(Distribution.parse("exponential(5)").mean()).isEqualTo(5);
        assertThat(Distribution.parse(Distribution.parse("constant(3)").text())).isEqualTo(new Distribution.Constant(3));
        assertThatThrownBy(() -> Distribution.parse("normal(1, 2)")).hasMessageContaining("unknown distribution 'normal'");
        assertThatThrownBy(() -> Distribution.parse("uniform(1)")).hasMessageContaining("takes 2 numbers");
        assertThatThrownBy(() -> Distribution.parse("lognormal(a, 1)")).hasMessageContaining("'a' is not a number");
    }

    @Test
    void aBadTripLengthNamesItsField() {
        assertThatThrownBy(() -> new ObuClass("car", 1, false, 3, "lognormal(12)", "uniform(30, 80)", 0, 0,
                Duration.ZERO, 5, 0, 20))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("tripLengthKm");
                    assertThat(e.rule()).contains("lognormal takes 2 numbers");
                });
        assertThatThrownBy(() -> new ObuClass("car", 1, false, 3, "uniform(-5, 10)", "uniform(30, 80)", 0, 0,
                Duration.ZERO, 5, 0, 20)).hasMessageContaining("negative");
    }

    @Test
    void sharesMustSumToOneAndTheProfileHas24Hours() {
        ObuClass half = TestScenarios.car(0.5, 0, 0, 0);
        assertThatThrownBy(() -> new Fleet(List.of(half), TestScenarios.flatDay()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("classes"));
        assertThatThrownBy(() -> new Fleet(List.of(TestScenarios.car(1, 0, 0, 0)), List.of(1.0, 2.0)))
                .hasMessageContaining("24 hourly weights");
    }

    @Test
    void aCorridorNeedsAPolylineAndGridPlacementNeedsARectangle() {
        RsuSites grid = new RsuSites(RsuSites.Placement.GRID, 1, List.of(), 300, 6, 10, Duration.ZERO, 1,
                Duration.ofHours(1));
        assertThatThrownBy(() -> new Region(Region.Shape.CORRIDOR, 1, 1, List.of(new Point(0, 0)), 0.1, grid))
                .hasMessageContaining("at least two points");
        assertThatThrownBy(() -> new Region(Region.Shape.CORRIDOR, 1, 1, List.of(new Point(0, 0), new Point(5, 0)),
                0.1, grid)).hasMessageContaining("'grid' needs region shape 'rectangle'");
    }

    @Test
    void moreRsusThanSitesIsRejectedBeforeRunning() {
        Scenario pilot = TestScenarios.pilot();
        Region tiny = new Region(Region.Shape.RECTANGLE, 3, 3, List.of(), 0.1,
                new RsuSites(RsuSites.Placement.GRID, 1, List.of(), 300, 6, 10, Duration.ZERO, 1, Duration.ofHours(1)));
        assertThatThrownBy(() -> TestScenarios.withRegion(pilot, tiny))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("region");
                    assertThat(e.rule()).contains("9 sites but the deployment adds 30 RSUs");
                });
    }

    @Test
    void topOffCannotOutrunTheDownloadSize() {
        assertThatThrownBy(() -> TestScenarios.pseudonyms(156, 2, 4))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("topOffWeeks"));
        assertThatThrownBy(() -> TestScenarios.pseudonyms(2, 4, 2))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("downloadWeeks"));
    }

    @Test
    void realCryptoNeedsAtMost255PseudonymsAWeek() {
        Scenario pilot = TestScenarios.pilot();
        Policy many = new Policy(new PseudonymPolicy(300, Duration.ofHours(169), 156, 4, 2, Duration.ofMinutes(5), 0, 348,
                1750, 382), pilot.policy().application(), pilot.policy().identification(), pilot.policy().files());
        Scenario modelOnly = TestScenarios.withPolicy(pilot, many);
        assertThat(modelOnly.policy().pseudonym().perWeek()).isEqualTo(300);
        assertThatThrownBy(() -> modelOnly.withFidelity(new Fidelity(Fidelity.Mode.FULL, 0)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("fidelity"));
    }
}
