package org.scmsim.model.cost;

/**
 * What a run used in one calendar year: the quantities pricing lines are applied to.
 *
 * @param year                   calendar year
 * @param days                   days of the year simulated
 * @param daysInYear             days of the calendar year (365 or 366)
 * @param obuYears               OBU-years in service (OBUs active at each day's end, summed, / daysInYear)
 * @param rsuYears               RSU-years in service
 * @param certificates           certificates issued, all kinds
 * @param pseudonymCertificates  pseudonym certificates issued
 * @param applicationCertificates RSU application certificates issued
 * @param downloads              certificate batch downloads by OBUs (all channels)
 * @param enrollments            enrollment certificates issued (bootstraps)
 * @param rebootstraps           devices bootstrapped again after a CA key exposure
 */
public record YearUsage(int year, int days, int daysInYear, double obuYears, double rsuYears, double certificates,
                        double pseudonymCertificates, double applicationCertificates, double downloads,
                        double enrollments, double rebootstraps) {

    /** True when the whole calendar year was simulated. */
    public boolean full() {
        return days >= daysInYear;
    }

    /** This year's quantities scaled to a whole year (for a part year) and moved to {@code newYear}. */
    public YearUsage asFullYear(int newYear) {
        double f = days == 0 ? 0 : (double) daysInYear / days;
        int diy = java.time.Year.isLeap(newYear) ? 366 : 365;
        double g = (double) diy / daysInYear;
        return new YearUsage(newYear, diy, diy, obuYears * f * g, rsuYears * f * g, certificates * f * g,
                pseudonymCertificates * f * g, applicationCertificates * f * g, downloads * f * g, enrollments * f * g, 0);
    }

    public double deviceYears() {
        return obuYears + rsuYears;
    }
}
