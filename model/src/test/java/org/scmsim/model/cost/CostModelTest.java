package org.scmsim.model.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.Cost;
import org.scmsim.model.config.Liability;
import org.scmsim.model.config.PriceLine;
import org.scmsim.model.config.PriceLine.Basis;
import org.scmsim.model.config.PricingModel;

class CostModelTest {

    private static final YearUsage Y2027 = new YearUsage(2027, 365, 365, 100, 10, 50_000, 40_000, 2_000, 300, 110, 0);
    private static final YearUsage Y2028_HALF = new YearUsage(2028, 183, 366, 60, 5, 20_000, 18_000, 1_000, 120, 20, 4);

    private static Cost cost(double rate, PricingModel... models) {
        return new Cost("USD", rate, List.of(models), new Liability(150, 2, Liability.Payer.AGENCY));
    }

    private static PricingModel model(String name, double escalation, int ext, double uplift, PriceLine... lines) {
        return new PricingModel(name, escalation, List.of(lines), ext, uplift);
    }

    @Test
    void everyBasisPricesItsQuantity() {
        PricingModel m = model("all", 0, 0, 0,
                new PriceLine("obu", Basis.OBU_YEAR, 10), new PriceLine("rsu", Basis.RSU_YEAR, 100),
                new PriceLine("dev", Basis.DEVICE_YEAR, 1), new PriceLine("cert", Basis.CERTIFICATE, 0.01),
                new PriceLine("pseudo", Basis.PSEUDONYM_CERTIFICATE, 0.001), new PriceLine("app", Basis.APPLICATION_CERTIFICATE, 0.1),
                new PriceLine("dl", Basis.BATCH_DOWNLOAD, 0.5), new PriceLine("enrol", Basis.ENROLLMENT, 3),
                new PriceLine("fee", Basis.YEARLY, 1000), new PriceLine("setup", Basis.ONCE, 5000));
        List<CostLine> lines = CostModel.price(cost(0, m), List.of(Y2027), new double[1]);
        assertThat(lines).extracting(CostLine::amount).containsExactly(
                1000.0, 1000.0, 110.0, 500.0, 40.0, 200.0, 150.0, 330.0, 1000.0, 5000.0);
    }

    @Test
    void escalationProRataDiscountAndOptionYearsByHand() {
        PricingModel m = model("m", 0.10, 2, 0.5, new PriceLine("obu", Basis.OBU_YEAR, 10),
                new PriceLine("fee", Basis.YEARLY, 1000), new PriceLine("setup", Basis.ONCE, 700));
        Cost c = cost(0.05, m);
        List<CostLine> lines = CostModel.price(c, List.of(Y2027, Y2028_HALF), new double[2]);
        // 2027: 100*10 + 1000 + 700 = 2700, undiscounted
        // 2028 (183 of 366 days): price x1.1: 60*11 + 0.5*1100 = 660 + 550 = 1210; discounted / 1.05
        // labour liability 2028: 4 devices x 150 = 600, discounted / 1.05
        // options 2029, 2030 on 2028 scaled to a year (x2 then x365/366): obu-years 60*2*365/366
        double obu2029 = 60 * 2.0 * 365 / 366;
        double p2029 = 1.1 * 1.1 * 1.5;
        double p2030 = 1.1 * 1.1 * 1.1 * 1.5;
        double opt2029 = obu2029 * 10 * p2029 + 1000 * p2029;
        double opt2030 = obu2029 * 10 * p2030 + 1000 * p2030;
        assertThat(sum(lines, 2027)).isCloseTo(2700, within(1e-9));
        assertThat(sum(lines, 2028)).isCloseTo(1210 + 600, within(1e-9));
        assertThat(sum(lines, 2029)).isCloseTo(opt2029, within(1e-6));
        assertThat(sum(lines, 2030)).isCloseTo(opt2030, within(1e-6));
        CostModel.Totals t = CostModel.totals(c, lines, List.of(Y2027, Y2028_HALF)).get(0);
        assertThat(t.simulated()).isCloseTo(2700 + 1810, within(1e-9));
        assertThat(t.presentValue()).isCloseTo(2700 + 1810 / 1.05, within(1e-9));
        assertThat(t.withOptions()).isCloseTo(2700 + 1810 + opt2029 + opt2030, within(1e-6));
        assertThat(t.presentValueWithOptions()).isCloseTo(2700 + 1810 / 1.05 + opt2029 / 1.05 / 1.05
                + opt2030 / Math.pow(1.05, 3), within(1e-6));
        assertThat(t.deviceYears()).isEqualTo(175);
        assertThat(t.perDeviceYear()).isCloseTo(4510 / 175.0, within(1e-9));
        assertThat(lines.stream().filter(l -> l.year() == 2029).allMatch(l -> l.period().equals("option"))).isTrue();
    }

    @Test
    void liabilityOfTheProviderIsNotTheAgencysCost() {
        PricingModel m = model("m", 0, 0, 0, new PriceLine("obu", Basis.OBU_YEAR, 10));
        Cost provider = new Cost("EUR", 0, List.of(m), new Liability(150, 2, Liability.Payer.PROVIDER));
        List<CostLine> lines = CostModel.price(provider, List.of(Y2028_HALF), new double[] {10});
        assertThat(lines).extracting(CostLine::lineItem).containsExactly("obu");
        List<CostLine> agency = CostModel.price(cost(0, m), List.of(Y2028_HALF), new double[] {10});
        assertThat(agency).filteredOn(l -> l.lineItem().equals(CostModel.LIABILITY)).singleElement()
                .extracting(CostLine::amount).isEqualTo(4 * 150 + 10 * 2.0);
    }

    @Test
    void eachModelIsPricedOnTheSameUsage() {
        Cost c = cost(0, model("a", 0, 0, 0, new PriceLine("x", Basis.ENROLLMENT, 1)),
                model("b", 0, 0, 0, new PriceLine("x", Basis.ENROLLMENT, 2)));
        List<CostModel.Totals> t = CostModel.totals(c, CostModel.price(c, List.of(Y2027), new double[1]), List.of(Y2027));
        assertThat(t).extracting(CostModel.Totals::simulated).containsExactly(110.0, 220.0);
    }

    private static double sum(List<CostLine> lines, int year) {
        return lines.stream().filter(l -> l.year() == year).mapToDouble(CostLine::amount).sum();
    }
}
