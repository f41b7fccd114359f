package org.scmsim.model.config;

import java.util.List;

/**
 * The deployment curve: devices added per calendar year, arriving uniformly inside the year.
 *
 * @param arrivals how arrival instants are placed inside a year
 * @param years    one row per year, in increasing order
 */
public record Deployment(Arrivals arrivals, List<DeploymentYear> years) {

    /** How devices of one year are placed in time. */
    public enum Arrivals {
        /** Evenly spaced: the k-th of n at (k + 1/2)/n of the year. */
        EVEN,
        /** One uniform draw in each of n equal slices of the year (stratified). */
        STRATIFIED
    }

    public Deployment {
        Check.present("arrivals", arrivals);
        years = Check.nonEmpty("years", years);
        for (int k = 1; k < years.size(); k++) {
            if (years.get(k).year() <= years.get(k - 1).year()) {
                throw new InvalidFieldException("years", "must be in increasing year order, "
                        + years.get(k).year() + " follows " + years.get(k - 1).year());
            }
        }
    }

    public long totalObus() {
        return years.stream().mapToLong(DeploymentYear::obus).sum();
    }

    public long totalRsus() {
        return years.stream().mapToLong(DeploymentYear::rsus).sum();
    }
}
