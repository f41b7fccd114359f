package org.scmsim.model.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.device.DeploymentSchedule;
import org.scmsim.model.engine.EventHandler;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.scms.CertificateKind;
import org.scmsim.model.scms.IssuanceStage;
import org.scmsim.model.stats.Tally;

/**
 * Certificate demand of a deployment against one RA→PCA issuance stage.
 *
 * <p>The story of one device, top to bottom:
 * <ol>
 *   <li>it joins at its deployment instant ({@link #join}) and asks for the certificates of the
 *       current i-period and of the periods it must hold in reserve;</li>
 *   <li>at each i-period boundary ({@link #startWeek}) it asks for the next period beyond its
 *       reserve;</li>
 *   <li>the issuance stage serves requests in arrival order at its throughput
 *       ({@link IssuanceStage}); when a batch is issued ({@link #issued}) it counts as late if
 *       its period has already begun although it was asked for in advance.</li>
 * </ol>
 * OBUs hold one week ahead (20 pseudonyms per week by default); RSUs hold one application
 * certificate per PSID for the current week plus {@code reserveWeeks}.
 */
public final class CertificateDemandModel {

    public static final double WEEK = 7 * 24 * 3600.0;

    private static final int OBU_LOOKAHEAD = 1;

    private final Scenario scenario;
    private final int replication;
    private final Simulation sim = new Simulation();
    private final RandomStreams streams;
    private final IssuanceStage pca;

    private final double horizon;
    private final int weeks;
    private final int pseudonymsPerWeek;
    private final int psidCount;
    private final int rsuLookahead;

    // device state, struct of arrays; OBUs are ids [0, obuCount), RSUs [obuCount, obuCount + rsuCount)
    private final double[] obuJoin;
    private final double[] rsuJoin;
    private final int obuCount;
    private final int[] requestedThrough;   // last i-period requested, by device id
    private int obusActive;
    private int rsusActive;

    // weekly accumulators
    private final long[] pseudonymRequested;
    private final long[] applicationRequested;
    private final long[] issued;
    private final long[] late;
    private final long[] completed;
    private final Tally[] response;
    private final long[] backlogAtEnd;
    private final long[] peakBacklog;
    private final long[] waitingAtEnd;
    private final long[] obusAtEnd;
    private final long[] rsusAtEnd;

    private final Tally responseAll = new Tally();
    private long requests;

    private final EventHandler joinHandler = this::join;

    public CertificateDemandModel(Scenario scenario, int replication) {
        this.scenario = scenario;
        this.replication = replication;
        this.streams = new RandomStreams(scenario.seed(), replication);
        this.horizon = scenario.horizonSeconds();
        this.weeks = (int) Math.ceil(horizon / WEEK);
        this.pseudonymsPerWeek = scenario.policy().pseudonym().perWeek();
        this.psidCount = scenario.policy().application().psids().size();
        this.rsuLookahead = scenario.policy().application().reserveWeeks();
        this.pca = new IssuanceStage(sim, scenario.scms().pca(), streams.stream("pca.service"), this::issued);

        this.obuJoin = DeploymentSchedule.obuJoinTimes(scenario.deployment(), scenario.start(), horizon,
                streams.stream("deployment.obu"));
        this.rsuJoin = DeploymentSchedule.rsuJoinTimes(scenario.deployment(), scenario.start(), horizon,
                streams.stream("deployment.rsu"));
        this.obuCount = obuJoin.length;
        this.requestedThrough = new int[obuJoin.length + rsuJoin.length];
        Arrays.fill(requestedThrough, -1);

        pseudonymRequested = new long[weeks];
        applicationRequested = new long[weeks];
        issued = new long[weeks];
        late = new long[weeks];
        completed = new long[weeks];
        response = new Tally[weeks];
        for (int w = 0; w < weeks; w++) {
            response[w] = new Tally();
        }
        backlogAtEnd = new long[weeks];
        peakBacklog = new long[weeks];
        waitingAtEnd = new long[weeks];
        obusAtEnd = new long[weeks];
        rsusAtEnd = new long[weeks];
    }

    /** Runs the replication to the horizon and returns what it produced. */
    public RunResult run() {
        for (int d = 0; d < obuJoin.length; d++) {
            sim.at(obuJoin[d], joinHandler, d);
        }
        for (int r = 0; r < rsuJoin.length; r++) {
            sim.at(rsuJoin[r], joinHandler, obuCount + r);
        }
        // week boundaries run before joins at the same instant, so a device joining exactly at a
        // boundary is not asked twice for the same period
        for (int w = 1; w < weeks; w++) {
            sim.at(w * WEEK, -1, this::startWeek, w);
        }
        sim.run(horizon);
        closeWeek(weeks - 1);
        return new RunResult(scenario.name(), scenario.seed(), replication, weekRows(), summary());
    }

    // ---- one device's life

    private void join(int device) {
        int now = currentWeek();
        if (device < obuCount) {
            obusActive++;
            requestThrough(device, now + OBU_LOOKAHEAD);
        } else {
            rsusActive++;
            requestThrough(device, now + rsuLookahead);
        }
    }

    private void startWeek(int week) {
        closeWeek(week - 1);
        for (int d = 0; d < obuCount; d++) {
            if (obuJoin[d] <= sim.now()) {
                requestThrough(d, week + OBU_LOOKAHEAD);
            }
        }
        for (int r = 0; r < rsuJoin.length; r++) {
            if (rsuJoin[r] <= sim.now()) {
                requestThrough(obuCount + r, week + rsuLookahead);
            }
        }
    }

    /** Requests every i-period from the last one requested up to {@code lastPeriod}. */
    private void requestThrough(int device, int lastPeriod) {
        boolean obu = device < obuCount;
        int first = Math.max(currentWeek(), requestedThrough[device] + 1);
        for (int p = first; p <= lastPeriod; p++) {
            if (obu) {
                pca.submit(device, CertificateKind.PSEUDONYM, pseudonymsPerWeek, p);
                pseudonymRequested[currentWeek()] += pseudonymsPerWeek;
            } else {
                pca.submit(device, CertificateKind.APPLICATION, psidCount, p);
                applicationRequested[currentWeek()] += psidCount;
            }
            requests++;
        }
        requestedThrough[device] = Math.max(requestedThrough[device], lastPeriod);
    }

    private void issued(int device, CertificateKind kind, int certificates, int period, double submittedAt) {
        int w = currentWeek();
        issued[w] += certificates;
        completed[w]++;
        double rt = sim.now() - submittedAt;
        response[w].add(rt);
        responseAll.add(rt);
        double periodStart = period * WEEK;
        if (submittedAt < periodStart && sim.now() > periodStart) {
            late[w] += certificates;   // asked for in advance, yet not in hand when the week began
        }
    }

    // ---- bookkeeping

    private int currentWeek() {
        return Math.min(weeks - 1, (int) (sim.now() / WEEK));
    }

    private void closeWeek(int w) {
        backlogAtEnd[w] = pca.backlogCertificates();
        peakBacklog[w] = pca.takePeakBacklog();
        waitingAtEnd[w] = pca.station().queueSize();
        obusAtEnd[w] = obusActive;
        rsusAtEnd[w] = rsusActive;
    }

    private List<WeekRow> weekRows() {
        List<WeekRow> rows = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            double days = Math.min(WEEK, horizon - w * WEEK) / 86400.0;
            rows.add(new WeekRow(w, scenario.start().plusDays(7L * w), days, obusAtEnd[w], rsusAtEnd[w],
                    pseudonymRequested[w], applicationRequested[w], issued[w], backlogAtEnd[w], peakBacklog[w], waitingAtEnd[w],
                    completed[w], response[w].mean(), response[w].max(), late[w]));
        }
        return rows;
    }

    private RunSummary summary() {
        long pseudo = 0;
        long app = 0;
        long iss = 0;
        long lateTotal = 0;
        long peak = 0;
        for (int w = 0; w < weeks; w++) {
            pseudo += pseudonymRequested[w];
            app += applicationRequested[w];
            iss += issued[w];
            lateTotal += late[w];
            peak = Math.max(peak, peakBacklog[w]);
        }
        return new RunSummary(obusActive, rsusActive, pseudo, app, iss, requests,
                responseAll.mean(), responseAll.max(), pca.station().waits().mean(), peak,
                pca.station().utilisation(sim.now()), lateTotal, sim.eventsProcessed());
    }
}
