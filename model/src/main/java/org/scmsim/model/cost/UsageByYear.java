package org.scmsim.model.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.scmsim.model.device.Ledger;
import org.scmsim.model.device.Measure;

/** Builds the yearly usage of a run from its day-end device counts and its ledger. */
public final class UsageByYear {

    private UsageByYear() {
    }

    /**
     * @param start        the first simulated day
     * @param obusActive   OBUs active at each day's end
     * @param rsusActive   RSUs active at each day's end
     * @param rebootstraps devices re-bootstrapped on a day
     */
    public static List<YearUsage> of(LocalDate start, long[] obusActive, long[] rsusActive, Ledger ledger,
                                     IntToDoubleFunction rebootstraps) {
        List<YearUsage> out = new ArrayList<>();
        int days = obusActive.length;
        int d = 0;
        while (d < days) {
            int year = start.plusDays(d).getYear();
            int diy = java.time.Year.isLeap(year) ? 366 : 365;
            int from = d;
            double obuDays = 0;
            double rsuDays = 0;
            double reboot = 0;
            while (d < days && start.plusDays(d).getYear() == year) {
                obuDays += obusActive[d];
                rsuDays += rsusActive[d];
                reboot += rebootstraps.applyAsDouble(d);
                d++;
            }
            double pseudonyms = ledger.sum(Measure.PSEUDONYM_ISSUED, from, d);
            double applications = ledger.sum(Measure.APPLICATION_ISSUED, from, d);
            double certificates = pseudonyms + applications + ledger.sum(Measure.IDENTIFICATION_ISSUED, from, d)
                    + ledger.sum(Measure.ENROLLMENT_ISSUED, from, d);
            double downloads = ledger.sum(Measure.DOWNLOADS_RSU, from, d) + ledger.sum(Measure.DOWNLOADS_CELLULAR, from, d)
                    + ledger.sum(Measure.DOWNLOADS_WIFI, from, d);
            out.add(new YearUsage(year, d - from, diy, obuDays / diy, rsuDays / diy, certificates, pseudonyms,
                    applications, downloads, ledger.sum(Measure.ENROLLMENT_ISSUED, from, d), reboot));
        }
        return out;
    }
}
