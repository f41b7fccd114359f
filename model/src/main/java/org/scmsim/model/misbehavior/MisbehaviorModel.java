package org.scmsim.model.misbehavior;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.scmsim.crypto.base.Time32;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.engine.EventHandler;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.random.RandomStreams;
import umontreal.ssj.rng.RandomStream;

/**
 * Misbehaviour and revocation, one suspect's life top to bottom:
 * <ol>
 *   <li>{@link #startMisbehaving}: an active OBU starts misbehaving (Poisson per OBU-year, or a
 *       wave); it meets other OBUs ({@code encountersPerDay}, Poisson);</li>
 *   <li>{@link #encounter}: each meeting detects it with {@code detectionProbability}; the detecting
 *       OBU queues a report and uploads it at its next contact (exponential delay); a report older
 *       than {@code reportLifetime} by then is dropped on the device;</li>
 *   <li>{@link #reportAtRa}: the RA holds reports in its shuffle until {@code threshold} have
 *       gathered or the oldest has waited {@code maxWait}, then forwards them one by one;</li>
 *   <li>{@link #reportChecked}: the MA checks each (one server, FIFO, {@code maServiceTime}); at
 *       {@code reportsToRevoke} reports against one device it investigates (linkage seeds from
 *       PCA and LAs, {@code investigationTime}) and {@link #decide}s to revoke; the RA blacklists
 *       the enrollment certificate;</li>
 *   <li>{@link #issueCrl}: the CRL generator lists the device (linkage entry until iMax = the
 *       decision week + pre-generation depth) in the next CRL (periodic, or at once); the CRL's
 *       size comes from its real COER encoding; each active OBU gets it after an exponential delay
 *       ({@code meanTimeToReceive}, by the scenario's channel), so the reach times are sampled;
 *       receivers accept the revoked device's messages until they hold the CRL.</li>
 * </ol>
 * Honest OBUs are wrongly reported at {@code falseReportsPerDeviceYear}; one that gathers
 * {@code reportsToRevoke} reports is revoked too (a false positive). Reports are assumed
 * independent (each from a different reporter). The suspects are a population of their own: this
 * part does not change the certificate life of the OBUs in the rest of the model.
 */
public final class MisbehaviorModel {

    private static final double DAY = 86_400.0;
    private static final double WEEK = 7 * DAY;
    private static final int REACH_SAMPLE = 4_000;

    private final Simulation sim;
    private final Scenario scenario;
    private final Misbehavior mb;
    private final CrlPolicy crl;
    private final LongSupplier activeObus;
    private final double horizon;
    private final RandomStream onsets;
    private final RandomStream encounters;
    private final RandomStream uploads;
    private final RandomStream reach;
    private final RandomStream falseReports;

    // suspects: misbehaving devices and wrongly reported honest ones, by sequence number
    private int suspects;
    private double[] onset = new double[64];
    private int[] reportsChecked = new int[64];
    private double[] decided = new double[64];
    private double[] crlIssued = new double[64];
    private double[] reach50 = new double[64];
    private double[] reach90 = new double[64];
    private double[] reach99 = new double[64];
    private double[] accepted = new double[64];
    private boolean[] honest = new boolean[64];
    private final Map<Long, Integer> honestSuspect = new HashMap<>();

    // RA report shuffle
    private int[] shuffled = new int[256];
    private int shuffledCount;
    private long shuffleGeneration;
    // MA
    private double maFree;
    // CRL
    private final List<Integer> unlisted = new ArrayList<>();
    private final TreeMap<Integer, Integer> entriesByIMax = new TreeMap<>();
    private final List<CrlIssue> issues = new ArrayList<>();
    private final double[] sample = new double[REACH_SAMPLE];
    private double crlBytesMoved;

    private long misbehaving;
    private long reportsQueued;
    private long reportsDropped;
    private long reportsReceived;

    private final EventHandler onEncounter = this::encounter;
    private final EventHandler onReportAtRa = this::reportAtRa;
    private final EventHandler onReportChecked = this::reportChecked;
    private final EventHandler onDecide = this::decide;
    private final EventHandler onStart = this::startMisbehaving;
    private final EventHandler onFalseReport = this::falseReport;

    public MisbehaviorModel(Simulation sim, Scenario scenario, RandomStreams streams, LongSupplier activeObus,
                            double horizon) {
        this.sim = sim;
        this.scenario = scenario;
        this.mb = scenario.misbehavior();
        this.crl = mb.crl();
        this.activeObus = activeObus;
        this.horizon = horizon;
        this.onsets = streams.stream("misbehavior.onset");
        this.encounters = streams.stream("misbehavior.encounters");
        this.uploads = streams.stream("misbehavior.reports");
        this.reach = streams.stream("misbehavior.crl");
        this.falseReports = streams.stream("misbehavior.false");
    }

    public boolean simulated() {
        return mb.simulated();
    }

    /** Schedules the daily onsets and false reports, the waves and the periodic CRLs. */
    public void schedule() {
        if (!simulated()) {
            return;
        }
        sim.at(0, this::dayStarts, 0);
        for (MisbehaviorWave w : mb.waves()) {
            double t = ChronoUnit.DAYS.between(scenario.start(), w.at()) * DAY;
            if (t >= 0 && t < horizon) {
                sim.at(t, this::wave, w.devices());
            }
        }
        if (crl.cadence() == CrlPolicy.Cadence.PERIODIC) {
            double every = seconds(crl.interval());
            for (double t = every; t < horizon; t += every) {
                sim.at(t, this::issueCrl);
            }
        }
    }

    // ---- onsets

    private void dayStarts(int d) {
        long active = activeObus.getAsLong();
        double days = Math.min(DAY, horizon - d * DAY) / DAY;
        int n = poisson(onsets, mb.ratePerDeviceYear() * active * days / 365.25);
        for (int k = 0; k < n; k++) {
            sim.at(d * DAY + onsets.nextDouble() * days * DAY, onStart, 0);
        }
        int f = poisson(falseReports, mb.falseReportsPerDeviceYear() * active * days / 365.25);
        for (int k = 0; k < f; k++) {
            sim.at(d * DAY + falseReports.nextDouble() * days * DAY, onFalseReport, 0);
        }
        if ((d + 1) * DAY < horizon) {
            sim.at((d + 1) * DAY, this::dayStarts, d + 1);
        }
    }

    private void wave(int devices) {
        long n = Math.min(devices, activeObus.getAsLong());
        for (long k = 0; k < n; k++) {
            startMisbehaving(0);
        }
    }

    /** An OBU starts misbehaving now. */
    private void startMisbehaving(int unused) {
        int s = newSuspect(false);
        misbehaving++;
        nextEncounter(s);
    }

    private int newSuspect(boolean isHonest) {
        if (suspects == onset.length) {
            int n = suspects * 2;
            onset = Arrays.copyOf(onset, n);
            reportsChecked = Arrays.copyOf(reportsChecked, n);
            decided = Arrays.copyOf(decided, n);
            crlIssued = Arrays.copyOf(crlIssued, n);
            reach50 = Arrays.copyOf(reach50, n);
            reach90 = Arrays.copyOf(reach90, n);
            reach99 = Arrays.copyOf(reach99, n);
            accepted = Arrays.copyOf(accepted, n);
            honest = Arrays.copyOf(honest, n);
        }
        int s = suspects++;
        onset[s] = sim.now();
        decided[s] = Double.NaN;
        crlIssued[s] = Double.NaN;
        reach50[s] = Double.NaN;
        reach90[s] = Double.NaN;
        reach99[s] = Double.NaN;
        honest[s] = isHonest;
        return s;
    }

    // ---- encounters and reports

    private void nextEncounter(int s) {
        if (mb.encountersPerDay() <= 0) {
            return;
        }
        double t = sim.now() + exp(encounters, DAY / mb.encountersPerDay());
        if (t < horizon) {
            sim.at(t, onEncounter, s);
        }
    }

    private void encounter(int s) {
        if (!Double.isNaN(decided[s])) {
            return;   // revoked: its later messages are counted at the CRL
        }
        if (encounters.nextDouble() < mb.detectionProbability()) {
            queueReport(s);
        }
        nextEncounter(s);
    }

    /** A reporter queues a report against {@code s}; it goes up at the reporter's next contact. */
    private void queueReport(int s) {
        reportsQueued++;
        double delay = exp(uploads, seconds(mb.uploadDelay()));
        if (delay > seconds(mb.reportLifetime())) {
            reportsDropped++;
            return;
        }
        if (sim.now() + delay < horizon) {
            sim.at(sim.now() + delay, onReportAtRa, s);
        }
    }

    private void falseReport(int unused) {
        long active = Math.max(1, activeObus.getAsLong());
        long target = (long) (falseReports.nextDouble() * active);
        Integer s = honestSuspect.get(target);
        if (s == null) {
            s = newSuspect(true);
            honestSuspect.put(target, s);
        }
        queueReport(s);
    }

    private void reportAtRa(int s) {
        if (shuffledCount == shuffled.length) {
            shuffled = Arrays.copyOf(shuffled, shuffled.length * 2);
        }
        shuffled[shuffledCount++] = s;
        if (shuffledCount >= mb.reportShuffle().threshold()) {
            releaseShuffle();
        } else if (shuffledCount == 1) {
            long gen = shuffleGeneration;
            sim.after(seconds(mb.reportShuffle().maxWait()), () -> {
                if (gen == shuffleGeneration && shuffledCount > 0) {
                    releaseShuffle();
                }
            });
        }
    }

    private void releaseShuffle() {
        shuffleGeneration++;
        double service = seconds(mb.maServiceTime());
        for (int k = 0; k < shuffledCount; k++) {
            maFree = Math.max(maFree, sim.now()) + service;
            if (maFree < horizon) {
                sim.at(maFree, onReportChecked, shuffled[k]);
            }
        }
        shuffledCount = 0;
    }

    private void reportChecked(int s) {
        reportsReceived++;
        if (++reportsChecked[s] == mb.reportsToRevoke() && Double.isNaN(decided[s])) {
            double t = sim.now() + seconds(mb.investigationTime());
            if (t < horizon) {
                sim.at(t, onDecide, s);
            }
        }
    }

    /** The MA decides to revoke {@code s}; the RA blacklists its enrollment certificate. */
    private void decide(int s) {
        decided[s] = sim.now();
        int iMax = week(sim.now()) + scenario.policy().pseudonym().pregenerateWeeks();
        entriesByIMax.merge(iMax, 1, Integer::sum);
        unlisted.add(s);
        if (crl.cadence() == CrlPolicy.Cadence.ON_REVOCATION) {
            issueCrl();
        }
    }

    // ---- CRL

    private void issueCrl() {
        double now = sim.now();
        int w = week(now);
        entriesByIMax.headMap(w, false).clear();   // entries whose iMax has passed expire
        int entries = 0;
        for (int n : entriesByIMax.values()) {
            entries += n;
        }
        long issue = time32(now);
        long next = time32(now + seconds(crl.interval()));
        int content = CrlSize.contentBytes(1, issue, next, w, scenario.policy().pseudonym().perWeek(), entriesByIMax);
        int bytes = content + crl.signedOverhead();
        long active = activeObus.getAsLong();
        double mean = seconds(crl.meanTimeToReceive());
        int k = (int) Math.min(REACH_SAMPLE, active);
        double q50 = Double.NaN;
        double q90 = Double.NaN;
        double q99 = Double.NaN;
        if (k > 0) {
            for (int i = 0; i < k; i++) {
                sample[i] = exp(reach, mean);
            }
            Arrays.sort(sample, 0, k);
            q50 = quantile(k, 0.50);
            q90 = quantile(k, 0.90);
            q99 = quantile(k, 0.99);
        }
        for (int s : unlisted) {
            crlIssued[s] = now;
            reach50[s] = reachTime(now, q50);
            reach90[s] = reachTime(now, q90);
            reach99[s] = reachTime(now, q99);
            if (!honest[s]) {
                accepted[s] = messagesAccepted(s, now, mean);
            }
        }
        issues.add(new CrlIssue(issues.size() + 1, now, w, entries, unlisted.size(), content, bytes, active,
                q50 / 3600, q90 / 3600, q99 / 3600));
        crlBytesMoved += (double) bytes * active;
        unlisted.clear();
    }

    private double reachTime(double issued, double q) {
        return Double.isNaN(q) || issued + q > horizon ? Double.NaN : issued + q;
    }

    /**
     * Messages of revoked device {@code s} that receivers accepted from its revocation decision until
     * its downloaded pseudonyms run out (the RA serves it no more) or the horizon: every meeting
     * before the CRL, and after it those whose receiver did not yet hold the CRL.
     */
    private double messagesAccepted(int s, double crlAt, double mean) {
        if (mb.encountersPerDay() <= 0) {
            return 0;
        }
        double end = Math.min(horizon, decided[s] + scenario.policy().pseudonym().downloadWeeks() * WEEK);
        double gap = DAY / mb.encountersPerDay();
        double n = 0;
        for (double t = decided[s] + exp(encounters, gap); t < end; t += exp(encounters, gap)) {
            if (t < crlAt || exp(reach, mean) > t - crlAt) {
                n += mb.messagesPerEncounter();
            }
        }
        return n;
    }

    private double quantile(int k, double p) {
        return sample[Math.min(k - 1, (int) Math.ceil(p * k) - 1)];
    }

    private long time32(double seconds) {
        return Time32.of(scenario.start().atStartOfDay().toInstant(ZoneOffset.UTC).plusMillis((long) (seconds * 1000)))
                .value();
    }

    private static int week(double t) {
        return (int) (t / WEEK);
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double exp(RandomStream r, double mean) {
        return -mean * Math.log1p(-r.nextDouble());
    }

    /** Poisson draw by inversion (means here are small: devices per day). */
    private static int poisson(RandomStream r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            double g = mean + Math.sqrt(mean) * gaussian(r);
            return (int) Math.max(0, Math.round(g));
        }
        double l = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        double term = l;
        double cdf = l;
        while (p > cdf && k < 10_000) {
            k++;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }

    private static double gaussian(RandomStream r) {
        double u = Math.max(1e-300, r.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    // ---- results

    public List<CrlIssue> crls() {
        return List.copyOf(issues);
    }

    /** One row per revoked device, in decision order of suspects. */
    public List<RevocationRow> revocations() {
        List<RevocationRow> out = new ArrayList<>();
        for (int s = 0; s < suspects; s++) {
            if (!Double.isNaN(decided[s])) {
                out.add(new RevocationRow(s, honest[s], onset[s], decided[s], crlIssued[s], reach50[s], reach90[s],
                        reach99[s], (decided[s] - onset[s]) / 3600, honest[s] ? 0 : accepted[s]));
            }
        }
        return out;
    }

    /** Summary figures: see {@link Figures}. */
    public Figures figures() {
        if (!simulated()) {
            return Figures.NONE;
        }
        long revoked = 0;
        long falsePositives = 0;
        double dec = 0;
        double toCrl = 0;
        int nCrl = 0;
        double r50 = 0;
        double r90 = 0;
        double r99 = 0;
        int n50 = 0;
        int n90 = 0;
        int n99 = 0;
        double acceptedAll = 0;
        for (int s = 0; s < suspects; s++) {
            if (Double.isNaN(decided[s])) {
                continue;
            }
            if (honest[s]) {
                falsePositives++;
                continue;
            }
            revoked++;
            dec += decided[s] - onset[s];
            acceptedAll += accepted[s];
            if (!Double.isNaN(crlIssued[s])) {
                toCrl += crlIssued[s] - onset[s];
                nCrl++;
            }
            if (!Double.isNaN(reach50[s])) {
                r50 += reach50[s] - onset[s];
                n50++;
            }
            if (!Double.isNaN(reach90[s])) {
                r90 += reach90[s] - onset[s];
                n90++;
            }
            if (!Double.isNaN(reach99[s])) {
                r99 += reach99[s] - onset[s];
                n99++;
            }
        }
        int maxBytes = 0;
        int maxEntries = 0;
        for (CrlIssue c : issues) {
            maxBytes = Math.max(maxBytes, c.bytes());
            maxEntries = Math.max(maxEntries, c.entries());
        }
        int lastBytes = issues.isEmpty() ? 0 : issues.get(issues.size() - 1).bytes();
        return new Figures(misbehaving, reportsQueued, reportsDropped, reportsReceived, revoked, falsePositives,
                revoked == 0 ? Double.NaN : dec / revoked / 3600, nCrl == 0 ? Double.NaN : toCrl / nCrl / 3600,
                n50 == 0 ? Double.NaN : r50 / n50 / 3600, n90 == 0 ? Double.NaN : r90 / n90 / 3600,
                n99 == 0 ? Double.NaN : r99 / n99 / 3600, acceptedAll, issues.size(), lastBytes, maxBytes, maxEntries,
                crlBytesMoved);
    }

    /**
     * Run totals of misbehaviour and revocation; hours are means over the truly misbehaving revoked
     * devices, from the onset of their misbehaviour.
     */
    public record Figures(long misbehavingDevices, long misbehaviorReportsQueued, long misbehaviorReportsDropped,
                          long misbehaviorReportsChecked, long devicesRevoked, long falsePositiveRevocations,
                          double hoursToRevocationDecision, double hoursToCrlIssue, double hoursToCrlReach50,
                          double hoursToCrlReach90, double hoursToCrlReach99, double messagesAcceptedFromRevoked,
                          long crlsIssued, long crlBytesLast, long crlBytesMax, long crlEntriesMax, double crlBytesMoved) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, 0, 0, 0, 0, 0);
    }
}
