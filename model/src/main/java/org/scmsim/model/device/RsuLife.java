package org.scmsim.model.device;

import org.scmsim.model.config.Scenario;
import org.scmsim.model.crypto.CryptoLoop;
import org.scmsim.model.engine.EventHandler;
import org.scmsim.model.engine.Simulation;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.scms.Provisioning;
import org.scmsim.model.stats.TimeWeighted;
import umontreal.ssj.rng.RandomStream;

/**
 * The life of every RSU: it joins at its site, enrolls with the ECA, then keeps one application
 * certificate per PSID for the current week and {@code reserveWeeks} more, renewing a week at
 * each week's start over its backhaul. A renewal that finds the backhaul down is retried after
 * {@code retryInterval}; an RSU without a certificate for the current week is off the air for
 * signing (counted as RSU-hours without a valid certificate) and serves no OBU downloads.
 *
 * <p>RSU ids here are 0-based; the SCMS sees them offset by {@code idBase} (after the OBUs).
 */
public final class RsuLife {

    private static final byte NOT_JOINED = 0;
    private static final byte ENROLLING = 1;
    private static final byte ACTIVE = 2;
    private static final byte RETIRED = 3;

    private final Simulation sim;
    private final Provisioning scms;
    private final Ledger ledger;
    private final CryptoLoop crypto;
    private final RandomStream backhaul;
    private final int idBase;
    private final int psids;
    private final int reserve;
    private final double availability;
    private final double retry;
    private final long bytesPerWeek;

    private final int n;
    private final byte[] phase;
    private final int[] held;           // last contiguous week held
    private final long[] ahead;         // bit i: week held + 1 + i issued (out of order)
    private final int[] requested;      // last week requested
    private final boolean[] out;
    private boolean[] revoked;          // issue 6: credentials revoked by a CA key exposure, until re-bootstrap
    private int active;
    private int outCount;
    private final TimeWeighted outGauge;

    // issue 6 hook: RSUs whose backhaul a disruption has taken down
    private java.util.function.IntPredicate backhaulDown = r -> false;

    private final EventHandler onRetire = this::retire;
    private final EventHandler onRetry = this::renew;

    public RsuLife(Simulation sim, Scenario s, Provisioning scms, Ledger ledger, CryptoLoop crypto,
                   RandomStreams streams, int count, int idBase) {
        this.sim = sim;
        this.scms = scms;
        this.ledger = ledger;
        this.crypto = crypto;
        this.backhaul = streams.stream("rsu.backhaul");
        this.idBase = idBase;
        var app = s.policy().application();
        this.psids = app.psids().size();
        this.reserve = app.reserveWeeks();
        this.availability = s.region().rsus().backhaulAvailability();
        this.retry = s.region().rsus().retryInterval().toNanos() / 1e9;
        this.bytesPerWeek = (long) psids * app.certificateBytes();
        this.n = count;
        phase = new byte[n];
        held = new int[n];
        ahead = new long[n];
        requested = new int[n];
        out = new boolean[n];
        java.util.Arrays.fill(held, -1);
        java.util.Arrays.fill(requested, -1);
        outGauge = new TimeWeighted(sim.now(), 0);
    }

    public int idBase() {
        return idBase;
    }

    /**
     * The RSU is installed at its site now and asks the ECA for its enrollment certificate; one
     * deployed before the run ({@code preinstalled}) is enrolled and holds the current week and
     * its reserve already (that earlier work is not counted in this run).
     */
    public void join(int r, double lifetime, boolean preinstalled) {
        if (preinstalled) {
            phase[r] = ACTIVE;
            active++;
            held[r] = week() + reserve;
            requested[r] = held[r];
            if (crypto.isReal(idBase + r)) {
                crypto.enroll(idBase + r, sim.now());
                for (int w = week(); w <= held[r]; w++) {
                    crypto.issueApplication(idBase + r, w, sim.now());
                }
            }
        } else {
            phase[r] = ENROLLING;
            scms.enroll(idBase + r);
        }
        if (lifetime > 0 && Double.isFinite(lifetime)) {
            sim.after(lifetime, onRetire, r);
        }
    }

    /** Enrolled: it asks for the current week and its reserve. */
    public void enrolled(int r) {
        if (phase[r] == RETIRED) {
            return;
        }
        if (phase[r] != ACTIVE) {
            phase[r] = ACTIVE;
            active++;
        }
        if (revoked != null) {
            revoked[r] = false;   // re-enrolled after a re-bootstrap
        }
        updateOut(r);
        renew(r);
    }

    /** Start of week {@code w}: renew up to w + reserve; check validity. */
    public void weekStarted(int w) {
        for (int r = 0; r < n; r++) {
            if (phase[r] == ACTIVE) {
                updateOut(r);
                renew(r);
            }
        }
    }

    /** Requests the weeks not yet asked for, if the backhaul works now; else tries again later. */
    private void renew(int r) {
        if (phase[r] != ACTIVE || revoked != null && revoked[r]) {
            return;
        }
        int w = week();
        int target = w + reserve;
        if (requested[r] >= target) {
            return;
        }
        boolean failed = backhaul.nextDouble() >= availability;
        if (failed || backhaulDown.test(r)) {
            ledger.add(Measure.BACKHAUL_FAILURES, 1);
            sim.after(retry, onRetry, r);
            return;
        }
        for (int k = Math.max(requested[r] + 1, w); k <= target; k++) {
            scms.requestApplication(idBase + r, k, psids);
            ledger.add(Measure.APPLICATION_REQUESTED, psids);
        }
        requested[r] = target;
    }

    /** The PCA issued week {@code week}'s certificates; they come down the backhaul. */
    public void applicationIssued(int r, int week) {
        if (phase[r] != ACTIVE) {
            return;
        }
        crypto.issueApplication(idBase + r, week, sim.now());
        ledger.add(Measure.BYTES_BACKHAUL, bytesPerWeek);
        // weeks already over are not needed any more: count from the week before the current one
        int base = week() - 1;
        if (held[r] < base) {
            int shift = base - held[r];
            ahead[r] = shift >= 64 ? 0 : ahead[r] >>> shift;
            held[r] = base;
        }
        int bit = week - held[r] - 1;
        if (bit >= 0 && bit < 64) {
            ahead[r] |= 1L << bit;
        }
        while ((ahead[r] & 1L) != 0) {
            held[r]++;
            ahead[r] >>>= 1;
        }
        updateOut(r);
    }

    private void updateOut(int r) {
        boolean now = phase[r] == ACTIVE && (held[r] < week() || revoked != null && revoked[r]);
        if (now != out[r]) {
            out[r] = now;
            outCount += now ? 1 : -1;
            outGauge.update(sim.now(), outCount);
        }
    }

    private void retire(int r) {
        if (phase[r] == ACTIVE) {
            active--;
        }
        phase[r] = RETIRED;
        if (out[r]) {
            out[r] = false;
            outCount--;
            outGauge.update(sim.now(), outCount);
        }
    }

    /** Deployed, enrolled and holding a valid certificate: it can serve OBU downloads. */
    public boolean isOnAir(int r) {
        return phase[r] == ACTIVE && !backhaulDown.test(r);
    }

    /** Issue 6 hook: which RSUs have their backhaul down now (a disruption); default none. */
    public void backhaulDownWhen(java.util.function.IntPredicate down) {
        this.backhaulDown = down;
    }

    public int active() {
        return active;
    }

    public boolean isActive(int r) {
        return phase[r] == ACTIVE;
    }

    /**
     * Issue 6: a CA key exposure revoked the RSU's credentials; it has no valid certificate and
     * renews nothing until it is bootstrapped again ({@link #rebootstrapped}).
     */
    public void credentialsRevoked(int r) {
        if (phase[r] != ACTIVE) {
            return;
        }
        if (revoked == null) {
            revoked = new boolean[n];
        }
        revoked[r] = true;
        updateOut(r);
    }

    /** Bootstrapped again: its old certificates are gone; it enrolls and renews as a new RSU does. */
    public void rebootstrapped(int r) {
        if (phase[r] != ACTIVE || revoked == null || !revoked[r]) {
            return;
        }
        held[r] = -1;
        ahead[r] = 0;
        requested[r] = -1;
        scms.enroll(idBase + r);
    }

    public int outOfCertificates() {
        return outCount;
    }

    public TimeWeighted outGauge() {
        return outGauge;
    }

    public int count() {
        return n;
    }

    private int week() {
        return (int) (sim.now() / Provisioning.WEEK);
    }

    /** Issue 6: last contiguous week of application certificates the RSU holds (-1: none). */
    public int heldThrough(int r) {
        return held[r];
    }
}
