package org.scmsim.model.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.testing.TestScenarios;

class CostCalibrationTest {

    @Test
    void calibratedCostsAreMeasuredOnceAndScaledByTheHsmSpeedup() {
        OperationCosts given = TestScenarios.costs();
        OperationCosts one = CostCalibration.calibrate(new OperationCosts(OperationCosts.Source.CALIBRATED, 1, 1, 1, 1, 1, 1, 1, 1));
        OperationCosts ten = CostCalibration.calibrate(new OperationCosts(OperationCosts.Source.CALIBRATED, 10, 1, 1, 1, 1, 1, 1, 1));
        // real public-key operations take between a microsecond and a second on any machine
        for (double c : new double[] {one.enrollment(), one.requestValidation(), one.pseudonymIssue(),
                one.certificateIssue(), one.downloadFile(), one.butterflyExpansion()}) {
            assertThat(c).isBetween(1e-6, 1.0);
        }
        // issuing a pseudonym (ECQV, signature, encryption) costs more than a pre-linkage value (AES)
        assertThat(one.pseudonymIssue()).isGreaterThan(one.preLinkageValue());
        assertThat(ten.pseudonymIssue()).isEqualTo(one.pseudonymIssue() / 10);
        assertThat(ten.source()).isEqualTo(OperationCosts.Source.CALIBRATED);
        assertThat(given.source()).isEqualTo(OperationCosts.Source.GIVEN);
    }
}
