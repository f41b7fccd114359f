package org.scmsim.bench.engine;

import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.dsol.SimRuntimeException;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.LambdaSimEvent;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import nl.tudelft.simulation.dsol.simulators.RunState;
import org.scmsim.model.bench.HoldModel;

/**
 * The hold model on DSOL's {@link DevsSimulator} (red-black tree event list, lambda events). DSOL
 * runs its events in a worker thread started by {@code start()}; the last event of a round stops
 * it, and {@link #hold} waits for the worker to come to rest. DSOL's API makes a new event object
 * per scheduling, which is part of what is measured.
 */
public final class DsolHold extends HoldModel {

    private final DevsSimulator<Double> sim = new DevsSimulator<>("hold");
    private final List<SimEventInterface<Double>> handles = new ArrayList<>();
    private volatile boolean roundDone;

    public DsolHold(int pending, long seed) {
        super(pending, seed);
    }

    @Override
    public String engine() {
        return "DSOL DevsSimulator";
    }

    @Override
    public void fill() {
        AbstractDsolModel<Double, DevsSimulatorInterface<Double>> model = new AbstractDsolModel<>(sim) {
            @Override
            public void constructModel() throws SimRuntimeException {
                for (int i = 0; i < pending; i++) {
                    final int slot = i;
                    handles.add(sim.scheduleEventRel(nextIncrement(), () -> fire(slot)));
                }
            }
        };
        sim.initialize(model, new SingleReplication<>("hold", 0.0, 0.0, Double.MAX_VALUE));
    }

    private void fire(int slot) {
        handles.set(slot, sim.scheduleEventRel(nextIncrement(), () -> fire(slot)));
        if (++fired == target) {
            sim.stop();
            roundDone = true;
        }
    }

    @Override
    public long hold(long events) {
        long before = fired;
        target = fired + events;
        roundDone = false;
        sim.start();
        // wait for the last event of the round, then for DSOL's worker to come fully to rest
        // (STOPPING is neither running nor startable)
        while (!roundDone || sim.getRunState() != RunState.STOPPED) {
            Thread.onSpinWait();
        }
        return fired - before;
    }

    /** Stops DSOL's worker thread (otherwise it outlives the benchmark and JMH waits for it). */
    @Override
    public void release() {
        sim.cleanUp();
    }

    @Override
    public int size() {
        int n = 0;   // ours are lambda events; DSOL's own (warm-up, end of replication) are not
        for (SimEventInterface<Double> e : sim.getEventList()) {
            if (e instanceof LambdaSimEvent) {
                n++;
            }
        }
        return n;
    }

    @Override
    public double now() {
        return sim.getSimulatorTime();
    }

    @Override
    public void cancelAndReplace(int count) {
        for (int k = 0; k < count; k++) {
            int slot = cancelTarget(k);
            if (sim.cancelEvent(handles.get(slot))) {
                handles.set(slot, sim.scheduleEventRel(nextIncrement(), () -> fire(slot)));
            }
        }
    }
}
