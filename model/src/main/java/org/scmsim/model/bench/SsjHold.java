package org.scmsim.model.bench;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The hold model on SSJ's {@link Simulator} with one of its event lists. Each of the
 * {@code pending} event objects reschedules itself when it fires, as SSJ allows, so SSJ does not
 * pay for allocation either.
 */
public final class SsjHold extends HoldModel {

    /** SSJ event lists compared. */
    public enum List {
        SPLAY("SSJ SplayTree"), HENRIKSEN("SSJ Henriksen");

        final String label;

        List(String label) {
            this.label = label;
        }

        EventList create() {
            return this == SPLAY ? new SplayTree() : new Henriksen();
        }
    }

    private final List list;
    private final Simulator sim;
    private final HoldEvent[] events;

    public SsjHold(List list, int pending, long seed) {
        super(pending, seed);
        this.list = list;
        this.sim = new Simulator(list.create());
        this.events = new HoldEvent[pending];
    }

    @Override
    public String engine() {
        return list.label;
    }

    @Override
    public void fill() {
        sim.init();
        for (int i = 0; i < pending; i++) {
            events[i] = new HoldEvent(sim);
            events[i].schedule(nextIncrement());
        }
    }

    @Override
    public long hold(long count) {
        long before = fired;
        target = fired + count;
        sim.start();
        return fired - before;
    }

    @Override
    public int size() {
        int n = 0;
        for (Event ignored : sim.getEventList()) {
            n++;
        }
        return n;
    }

    @Override
    public double now() {
        return sim.time();
    }

    @Override
    public void cancelAndReplace(int count) {
        for (int k = 0; k < count; k++) {
            HoldEvent e = events[cancelTarget(k)];
            if (e.cancel()) {
                e.schedule(nextIncrement());
            }
        }
    }

    private final class HoldEvent extends Event {
        HoldEvent(Simulator sim) {
            super(sim);
        }

        @Override
        public void actions() {
            schedule(nextIncrement());
            if (++fired == target) {
                sim.stop();
            }
        }
    }
}
