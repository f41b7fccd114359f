package org.scmsim.model.run;

import java.util.ArrayList;
import java.util.List;
import org.scmsim.model.config.Cost;
import org.scmsim.model.config.DeploymentDelay;
import org.scmsim.model.config.Liability;
import org.scmsim.model.config.PriceLine;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.cost.CostLine;
import org.scmsim.model.cost.CostModel;
import org.scmsim.model.cost.UsageByYear;
import org.scmsim.model.cost.YearUsage;
import org.scmsim.model.device.Ledger;
import org.scmsim.model.disruption.DeploymentShift;
import org.scmsim.model.disruption.DisruptionImpact;
import org.scmsim.model.disruption.DisruptionTimeline;

/**
 * Issue 6: turns a finished run into its planning tables (cost lines per pricing model and year,
 * disruption impacts with their added cost) and the summary figures drawn from them.
 *
 * <p>Added cost of a disruption, at the first pricing model's first-year prices: a CA exposure
 * costs the model's re-bootstrap price per device plus the liability (labour per device, downtime
 * per device-hour), paid by the liability's payer; a deployment delay whose contract loses the
 * certificates costs the certificates and device-years paid for the delayed weeks; an outage costs
 * its device-hours without certificates at the liability's downtime rate.
 */
final class PlanningTables {

    private PlanningTables() {
    }

    /** The summary figures of issue 6. */
    record Figures(double costTotal, double costPresentValue, double costWithOptions, double costPerDeviceYear,
                   double deviceYears, double obuHours, double rsuHours, double recoveryHours, double addedCost,
                   long rebootstrapDevices, double rebootstrapRecoveryHours, double rebootstrapCost) {
    }

    static Planning of(Scenario s, long[] obusActive, long[] rsusActive, Ledger ledger, DeploymentShift shift,
                       DisruptionTimeline timeline, org.scmsim.model.misbehavior.MisbehaviorModel misbehavior) {
        List<YearUsage> years = UsageByYear.of(s.start(), obusActive, rsusActive, ledger, timeline::rebootstrapsOnDay);
        List<DisruptionImpact> raw = new ArrayList<>(timeline.finish());
        raw.addAll(shift.impacts());
        Cost cost = s.cost();
        Liability l = cost.liability();
        double[] downtimeByYear = new double[years.size()];
        List<DisruptionImpact> impacts = new ArrayList<>();
        int delay = 0;
        for (DisruptionImpact d : raw) {
            double hours = d.obuHoursWithoutCertificates() + d.rsuHoursWithoutCertificates();
            switch (d.kind()) {
                case "ca_exposure" -> {
                    int y = yearIndex(s, years, d.startSeconds());
                    if (y >= 0) {
                        downtimeByYear[y] += hours;
                    }
                    double added = CostModel.firstModelPrice(cost, PriceLine.Basis.REBOOTSTRAP, d.devicesRebootstrapped())
                            + d.devicesRebootstrapped() * l.labourPerDevice() + hours * l.downtimePerDeviceHour();
                    impacts.add(d.withAddedCost(added, l.payer().name().toLowerCase(java.util.Locale.ROOT)));
                }
                case "deployment_delay" -> {
                    DeploymentDelay dd = s.disruptions().deploymentDelays().get(delay);
                    double added = 0;
                    if (dd.certificates() == DeploymentDelay.Reallocation.LOST) {
                        long obuCerts = shift.obuCertificatesLost(delay);
                        long rsuCerts = shift.rsuCertificatesLost(delay);
                        added = CostModel.firstModelPrice(cost, PriceLine.Basis.PSEUDONYM_CERTIFICATE, obuCerts)
                                + CostModel.firstModelPrice(cost, PriceLine.Basis.APPLICATION_CERTIFICATE, rsuCerts)
                                + CostModel.firstModelPrice(cost, PriceLine.Basis.CERTIFICATE, obuCerts + rsuCerts)
                                + CostModel.firstModelPrice(cost, PriceLine.Basis.OBU_YEAR, shift.obuYearsLost(delay))
                                + CostModel.firstModelPrice(cost, PriceLine.Basis.RSU_YEAR, shift.rsuYearsLost(delay))
                                + CostModel.firstModelPrice(cost, PriceLine.Basis.DEVICE_YEAR,
                                shift.obuYearsLost(delay) + shift.rsuYearsLost(delay));
                    }
                    delay++;
                    impacts.add(d.withAddedCost(added, "agency"));
                }
                case "scms_launch_delay" -> {
                    // certificates bought for the weeks before go-live and lost, at the first model's prices
                    double added = CostModel.firstModelPrice(cost, PriceLine.Basis.CERTIFICATE, d.certificatesLost())
                            + hours * l.downtimePerDeviceHour();
                    impacts.add(d.withAddedCost(added, "agency"));
                }
                default -> impacts.add(d.withAddedCost(hours * l.downtimePerDeviceHour(), "agency"));
            }
        }
        List<CostLine> lines = CostModel.price(cost, years, downtimeByYear);
        return new Planning(lines, impacts, years, misbehavior.revocations(), misbehavior.crls());
    }

    private static int yearIndex(Scenario s, List<YearUsage> years, double seconds) {
        int year = s.start().plusDays((long) (seconds / 86_400)).getYear();
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).year() == year) {
                return i;
            }
        }
        return -1;
    }

    static Figures figures(Scenario s, Planning p) {
        double deviceYears = 0;
        for (YearUsage u : p.years()) {
            deviceYears += u.deviceYears();
        }
        double total = Double.NaN;
        double pv = Double.NaN;
        double withOptions = Double.NaN;
        double perDeviceYear = Double.NaN;
        List<CostModel.Totals> totals = CostModel.totals(s.cost(), p.cost(), p.years());
        if (!totals.isEmpty()) {
            CostModel.Totals t = totals.get(0);
            total = t.simulated();
            pv = t.presentValue();
            withOptions = t.withOptions();
            perDeviceYear = t.perDeviceYear();
        }
        double obuHours = 0;
        double rsuHours = 0;
        double recovery = Double.NaN;
        double added = 0;
        long reboot = 0;
        double rebootHours = Double.NaN;
        double rebootCost = 0;
        boolean unrecovered = false;
        for (DisruptionImpact d : p.disruptions()) {
            obuHours += d.obuHoursWithoutCertificates();
            rsuHours += d.rsuHoursWithoutCertificates();
            added += d.addedCost();
            // a delay's recovery is the delay itself; revoked devices do not come back
            if (!d.kind().equals("deployment_delay") && !d.kind().equals("mass_revocation")) {
                if (Double.isNaN(d.recoverySeconds())) {
                    unrecovered = true;
                } else {
                    recovery = Double.isNaN(recovery) ? d.recoverySeconds() / 3600 : Math.max(recovery, d.recoverySeconds() / 3600);
                }
            }
            if (d.kind().equals("ca_exposure")) {
                reboot += d.devicesRebootstrapped();
                rebootCost += d.addedCost();
                double h = d.recoverySeconds() / 3600;
                rebootHours = Double.isNaN(rebootHours) ? h : Math.max(rebootHours, h);
            }
        }
        return new Figures(total, pv, withOptions, perDeviceYear, deviceYears, obuHours, rsuHours,
                unrecovered ? Double.NaN : recovery, added, reboot, rebootHours, rebootCost);
    }
}
