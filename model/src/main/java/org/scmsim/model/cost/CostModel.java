package org.scmsim.model.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scmsim.model.config.Cost;
import org.scmsim.model.config.Liability;
import org.scmsim.model.config.PriceLine;
import org.scmsim.model.config.PricingModel;

/**
 * Prices a run's yearly usage under each pricing model of the scenario.
 *
 * <p>Year k after the first simulated year pays {@code unitPrice x (1 + escalation)^k}; option
 * years after the last simulated one also pay {@code x (1 + extensionUplift)} and use the
 * quantities of the last simulated year scaled to a whole year.
 * Yearly fees are pro rata for the simulated days of a part year; one-time fees fall in the first
 * year. Each amount is discounted to the first simulated year: {@code / (1 + discountRate)^k}.
 * When the liability for re-bootstrapping is the agency's, its labour and downtime appear as a
 * line of every model ("Re-bootstrap liability").
 */
public final class CostModel {

    /** The line item of the agency's re-bootstrap liability. */
    public static final String LIABILITY = "Re-bootstrap liability";

    private CostModel() {
    }

    /**
     * Every line of every model, year by year.
     *
     * @param rebootstrapHours device-hours without credentials caused by CA exposures, per year
     *                         (aligned with {@code years}; priced at the liability's downtime rate)
     */
    public static List<CostLine> price(Cost cost, List<YearUsage> years, double[] rebootstrapHours) {
        List<CostLine> out = new ArrayList<>();
        if (years.isEmpty()) {
            return out;
        }
        int first = years.get(0).year();
        for (PricingModel m : cost.models()) {
            for (int y = 0; y < years.size(); y++) {
                YearUsage u = years.get(y);
                priceYear(cost, m, u, first, false, out);
                liability(cost, m.name(), u, first, rebootstrapHours[y], out);
            }
            if (m.extensionYears() > 0) {
                YearUsage base = years.get(years.size() - 1);
                int last = years.get(years.size() - 1).year();
                for (int k = 1; k <= m.extensionYears(); k++) {
                    priceYear(cost, m, base.asFullYear(last + k), first, true, out);
                }
            }
        }
        return out;
    }

    private static void priceYear(Cost cost, PricingModel m, YearUsage u, int first, boolean option,
                                  List<CostLine> out) {
        int k = u.year() - first;
        double escalate = Math.pow(1 + m.escalation(), k) * (option ? 1 + m.extensionUplift() : 1);
        double discount = 1 / Math.pow(1 + cost.discountRate(), k);
        for (PriceLine line : m.lines()) {
            double q = quantity(line.basis(), u, k);
            double price = line.unitPrice() * escalate;
            double amount = q * price;
            out.add(new CostLine(u.year(), m.name(), line.item(), line.basis().name().toLowerCase(Locale.ROOT),
                    option ? "option" : "simulated", q, price, amount, discount, amount * discount));
        }
    }

    private static void liability(Cost cost, String model, YearUsage u, int first, double downtimeHours,
                                  List<CostLine> out) {
        Liability l = cost.liability();
        if (l.payer() != Liability.Payer.AGENCY || u.rebootstraps() == 0 && downtimeHours == 0) {
            return;
        }
        double amount = u.rebootstraps() * l.labourPerDevice() + downtimeHours * l.downtimePerDeviceHour();
        double discount = 1 / Math.pow(1 + cost.discountRate(), u.year() - first);
        out.add(new CostLine(u.year(), model, LIABILITY, "rebootstrap", "simulated", u.rebootstraps(),
                u.rebootstraps() == 0 ? 0 : amount / u.rebootstraps(), amount, discount, amount * discount));
    }

    /** Units of a basis used in year {@code u} (the {@code k}-th year of the run). */
    static double quantity(PriceLine.Basis basis, YearUsage u, int k) {
        return switch (basis) {
            case OBU_YEAR -> u.obuYears();
            case RSU_YEAR -> u.rsuYears();
            case DEVICE_YEAR -> u.deviceYears();
            case CERTIFICATE -> u.certificates();
            case PSEUDONYM_CERTIFICATE -> u.pseudonymCertificates();
            case APPLICATION_CERTIFICATE -> u.applicationCertificates();
            case BATCH_DOWNLOAD -> u.downloads();
            case ENROLLMENT -> u.enrollments();
            case REBOOTSTRAP -> u.rebootstraps();
            case YEARLY -> Math.min(1.0, (double) u.days() / u.daysInYear());
            case ONCE -> k == 0 ? 1 : 0;
        };
    }

    /** Totals of one pricing model over the simulated years (options excluded) and with options. */
    public record Totals(String pricingModel, double simulated, double presentValue, double withOptions,
                         double presentValueWithOptions, double deviceYears, double perDeviceYear) {
    }

    /** Totals per model; cost per device-year is the simulated total over the simulated device-years. */
    public static List<Totals> totals(Cost cost, List<CostLine> lines, List<YearUsage> years) {
        double deviceYears = 0;
        for (YearUsage u : years) {
            deviceYears += u.deviceYears();
        }
        List<Totals> out = new ArrayList<>();
        for (PricingModel m : cost.models()) {
            double sim = 0;
            double pv = 0;
            double all = 0;
            double pvAll = 0;
            for (CostLine l : lines) {
                if (!l.pricingModel().equals(m.name())) {
                    continue;
                }
                all += l.amount();
                pvAll += l.presentValue();
                if (l.period().equals("simulated")) {
                    sim += l.amount();
                    pv += l.presentValue();
                }
            }
            out.add(new Totals(m.name(), sim, pv, all, pvAll, deviceYears, deviceYears > 0 ? sim / deviceYears : Double.NaN));
        }
        return out;
    }

    /**
     * What the first pricing model charges for {@code q} units of a basis at first-year prices (the
     * added cost of a disruption: lost certificates, lost device-years, re-bootstraps).
     */
    public static double firstModelPrice(Cost cost, PriceLine.Basis basis, double q) {
        if (cost.models().isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (PriceLine l : cost.models().get(0).lines()) {
            if (l.basis() == basis) {
                sum += l.unitPrice() * q;
            }
        }
        return sum;
    }
}
