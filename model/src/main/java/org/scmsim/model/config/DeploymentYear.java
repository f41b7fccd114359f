package org.scmsim.model.config;

/**
 * One row of the deployment curve.
 *
 * @param year calendar year
 * @param obus on-board units added during the year
 * @param rsus roadside units added during the year
 */
public record DeploymentYear(int year, long obus, long rsus) {

    public DeploymentYear {
        Check.range("year", year, 1970, 2200);
        Check.nonNegative("obus", obus);
        Check.nonNegative("rsus", rsus);
        if (obus > Integer.MAX_VALUE / 2 || rsus > Integer.MAX_VALUE / 2) {
            throw new InvalidFieldException(obus > rsus ? "obus" : "rsus", "is too large for one run");
        }
    }
}
