package org.scmsim.model.bench;

import org.scmsim.model.engine.EventHandler;
import org.scmsim.model.engine.Simulation;

/** The hold model on scmsim's own {@link Simulation}: one handler, the event's id as payload. */
public final class ScmsimHold extends HoldModel implements EventHandler {

    private final Simulation sim = new Simulation();
    private final long[] ids;

    public ScmsimHold(int pending, long seed) {
        super(pending, seed);
        this.ids = new long[pending];
    }

    @Override
    public String engine() {
        return "scmsim 4-ary heap";
    }

    @Override
    public void fill() {
        for (int i = 0; i < pending; i++) {
            ids[i] = sim.at(nextIncrement(), this, i);
        }
    }

    @Override
    public void handle(int slot) {
        ids[slot] = sim.after(nextIncrement(), this, slot);
        if (++fired == target) {
            sim.stop();
        }
    }

    @Override
    public long hold(long events) {
        long before = fired;
        target = fired + events;
        sim.runToEnd();
        return fired - before;
    }

    @Override
    public int size() {
        return sim.pendingEvents();
    }

    @Override
    public double now() {
        return sim.now();
    }

    @Override
    public void cancelAndReplace(int count) {
        for (int k = 0; k < count; k++) {
            int slot = cancelTarget(k);
            if (sim.cancel(ids[slot])) {
                ids[slot] = sim.after(nextIncrement(), this, slot);
            }
        }
    }
}
