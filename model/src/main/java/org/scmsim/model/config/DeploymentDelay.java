package org.scmsim.model.config;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Deployment late: every device planned to join on or after {@code from} joins {@code delay}
 * later (devices pushed past the horizon do not join). What happens to the certificates the
 * contract already bought for the delayed weeks follows its reallocation clause.
 *
 * @param name         names the disruption in the results
 * @param from         devices planned from this day on are delayed
 * @param delay        how much later they join
 * @param certificates what the contract does with the certificates of the delayed weeks
 */
public record DeploymentDelay(String name, LocalDate from, Duration delay, Reallocation certificates) {

    /** The procurement resource's reallocation clause. */
    public enum Reallocation {
        /** Moved to a later validity period at no charge. */
        REALLOCATED,
        /** Paid for and lost. */
        LOST
    }

    public DeploymentDelay {
        Disruptions.name(name);
        Check.present("from", from);
        Check.positive("delay", delay);
        Check.present("certificates", certificates);
    }
}
