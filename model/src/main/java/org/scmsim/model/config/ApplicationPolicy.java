package org.scmsim.model.config;

import java.time.Duration;
import java.util.List;

/**
 * RSU application certificates: one per PSID valid at a time, renewed weekly over the backhaul.
 *
 * @param psids        applications the RSUs sign for (e.g. SPAT, MAP, TIM), one certificate each
 * @param validity     validity of each certificate (PT169H)
 * @param reserveWeeks weeks held in reserve beyond the current one (procurement guide: 1)
 * @param certificateBytes bytes of one application certificate response
 */
public record ApplicationPolicy(List<String> psids, Duration validity, int reserveWeeks, int certificateBytes) {

    public ApplicationPolicy {
        psids = Check.nonEmpty("psids", psids);
        Check.positive("validity", validity);
        Check.range("reserveWeeks", reserveWeeks, 0, 520);
        Check.range("certificateBytes", certificateBytes, 1, 1 << 20);
    }
}
