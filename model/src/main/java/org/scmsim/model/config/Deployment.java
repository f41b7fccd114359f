package org.scmsim.model.config;

import java.time.Duration;
import java.util.List;

/**
 * The deployment curve: devices added per calendar year, arriving uniformly inside the year, and
 * how they are bootstrapped and retired.
 *
 * @param arrivals          how arrival instants are placed inside a year
 * @param years             one row per year, in increasing order
 * @param installers        installer crews bootstrapping OBUs (enrollment in a secure environment)
 * @param installsPerDay    OBUs one crew bootstraps per day
 * @param obuLifetime       mean OBU service life; lifetimes are exponential (zero: never retire)
 * @param rsuLifetime       mean RSU service life; lifetimes are exponential (zero: never retire)
 */
public record Deployment(Arrivals arrivals, List<DeploymentYear> years, int installers, double installsPerDay,
                         Duration obuLifetime, Duration rsuLifetime) {

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
        Check.range("installers", installers, 1, 1_000_000);
        Check.positive("installsPerDay", installsPerDay);
        Check.nonNegative("obuLifetime", obuLifetime);
        Check.nonNegative("rsuLifetime", rsuLifetime);
    }

    public long totalObus() {
        return years.stream().mapToLong(DeploymentYear::obus).sum();
    }

    public long totalRsus() {
        return years.stream().mapToLong(DeploymentYear::rsus).sum();
    }
}
