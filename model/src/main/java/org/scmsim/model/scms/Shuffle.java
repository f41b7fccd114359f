package org.scmsim.model.scms;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.scmsim.model.engine.Simulation;
import umontreal.ssj.rng.RandomStream;

/**
 * The RA's shuffle: requests for pseudonym certificates gather until {@code threshold}
 * certificates are waiting or the oldest has waited {@code maxWait}; then they all leave in a
 * random order, so the PCA cannot tell which certificates belong together.
 */
final class Shuffle {

    private final Simulation sim;
    private final int threshold;
    private final double maxWait;
    private final RandomStream order;
    private final IntConsumer release;
    private int[] held = new int[256];
    private int count;
    private long certs;
    private long timer;
    private long releases;

    Shuffle(Simulation sim, int threshold, double maxWait, RandomStream order, IntConsumer release) {
        this.sim = sim;
        this.threshold = threshold;
        this.maxWait = maxWait;
        this.order = order;
        this.release = release;
    }

    void add(int request, int certificates) {
        if (count == held.length) {
            held = Arrays.copyOf(held, count * 2);
        }
        held[count++] = request;
        certs += certificates;
        if (certs >= threshold) {
            flush();
        } else if (count == 1) {
            timer = sim.after(maxWait, this::flush);
        }
    }

    long certificatesHeld() {
        return certs;
    }

    long releases() {
        return releases;
    }

    private void flush() {
        sim.cancel(timer);
        int n = count;
        for (int i = n - 1; i > 0; i--) {
            int j = (int) (order.nextDouble() * (i + 1));
            int t = held[i];
            held[i] = held[j];
            held[j] = t;
        }
        count = 0;
        certs = 0;
        releases++;
        for (int i = 0; i < n; i++) {
            release.accept(held[i]);
        }
    }
}
