package org.scmsim.model.config;

import java.time.LocalDate;

/**
 * The SCMS goes live late, on {@code until}: the devices are deployed on plan, but nothing can
 * enroll or be provisioned before then. Devices deployed before the run start are then not
 * provisioned yet either: at go-live every device installed so far is provisioned retroactively
 * (enrollment and first batch, all at once through the ECA, RA, LAs and PCA). What happens to the
 * certificates the contract bought for the weeks before go-live follows its reallocation clause.
 *
 * @param name         names the disruption in the results
 * @param until        the day the SCMS goes live (UTC midnight)
 * @param certificates what the contract does with the certificates of the weeks before go-live
 */
public record ScmsLaunchDelay(String name, LocalDate until, DeploymentDelay.Reallocation certificates) {

    public ScmsLaunchDelay {
        Disruptions.name(name);
        Check.present("until", until);
        Check.present("certificates", certificates);
    }
}
