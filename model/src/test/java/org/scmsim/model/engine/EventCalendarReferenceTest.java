package org.scmsim.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The calendar against a reference stable priority queue ({@link PriorityQueue} on time, priority,
 * insertion sequence) under random scripts of schedule, cancel, reschedule and remove-min,
 * including ids of events already fired or cancelled. Small spill thresholds make the heap spill
 * into and refill from its unsorted {@code later} part many times per script, and a capacity of 16
 * makes the slots grow (and the packed heap entries be re-encoded) while events are pending.
 */
class EventCalendarReferenceTest {

    private record Ref(double time, int priority, long seq, int payload, int handler) {
    }

    private static final Comparator<Ref> ORDER = Comparator.comparingDouble(Ref::time)
            .thenComparingInt(Ref::priority).thenComparingLong(Ref::seq);

    private static final EventHandler NOTHING = p -> { };

    /** More distinct handlers than the calendar's shared-handler table holds. */
    private static final EventHandler[] HANDLERS = new EventHandler[13];

    static {
        for (int i = 0; i < HANDLERS.length; i++) {
            HANDLERS[i] = p -> { };
        }
    }

    /** Plays a script on one calendar, checking every step against the reference; returns the payloads fired. */
    private static List<Integer> play(EventCalendar cal, List<Integer> script) {
        PriorityQueue<Ref> ref = new PriorityQueue<>(ORDER);
        Map<Integer, Ref> pending = new HashMap<>();   // by payload
        List<Long> ids = new ArrayList<>();            // every id ever returned; payload = index
        List<Integer> fired = new ArrayList<>();
        long seq = 0;
        double now = 0;
        for (int c : script) {
            int arg = c / 10;
            switch (c % 10) {
                case 0, 1, 2, 3 -> {   // schedule, often at equal times
                    int payload = ids.size();
                    Ref r = new Ref(now + arg % 7, arg % 3 - 1, seq++, payload, arg % HANDLERS.length);
                    ids.add(cal.insert(r.time(), r.priority(), HANDLERS[r.handler()], payload));
                    ref.add(r);
                    pending.put(payload, r);
                }
                case 4 -> {   // schedule far ahead, at distinct times
                    int payload = ids.size();
                    Ref r = new Ref(now + 100 + arg * 0.37, 0, seq++, payload, arg % 2);
                    ids.add(cal.insert(r.time(), r.priority(), HANDLERS[r.handler()], payload));
                    ref.add(r);
                    pending.put(payload, r);
                }
                case 5, 6 -> {   // fire the next event
                    if (!ref.isEmpty()) {
                        Ref expected = ref.poll();
                        pending.remove(expected.payload());
                        assertThat(cal.peekTime()).isEqualTo(expected.time());
                        cal.removeMin();
                        assertThat(cal.lastTime()).isEqualTo(expected.time());
                        assertThat(cal.lastPayload()).isEqualTo(expected.payload());
                        assertThat(cal.lastHandler()).isSameAs(HANDLERS[expected.handler()]);
                        now = expected.time();
                        fired.add(expected.payload());
                    }
                }
                case 7 -> {   // cancel any id: pending, fired or cancelled already
                    if (!ids.isEmpty()) {
                        int payload = (int) ((arg * 7919L) % ids.size());
                        Ref r = pending.remove(payload);
                        assertThat(cal.cancel(ids.get(payload))).isEqualTo(r != null);
                        if (r != null) {
                            ref.remove(r);
                        }
                    }
                }
                case 8 -> {   // reschedule any id, earlier or later
                    if (!ids.isEmpty()) {
                        int payload = (int) ((arg * 104729L) % ids.size());
                        Ref r = pending.get(payload);
                        double t = now + (arg % 13) * 0.5;
                        assertThat(cal.reschedule(ids.get(payload), t)).isEqualTo(r != null);
                        if (r != null) {
                            ref.remove(r);
                            Ref moved = new Ref(t, r.priority(), seq++, payload, r.handler());
                            ref.add(moved);
                            pending.put(payload, moved);
                        }
                    }
                }
                default -> {   // look an id up
                    if (!ids.isEmpty()) {
                        int payload = (int) ((arg * 31L) % ids.size());
                        Ref r = pending.get(payload);
                        assertThat(cal.isPending(ids.get(payload))).isEqualTo(r != null);
                        if (r != null) {
                            assertThat(cal.timeOf(ids.get(payload))).isEqualTo(r.time());
                        } else {
                            assertThat(cal.timeOf(ids.get(payload))).isNaN();
                        }
                    }
                }
            }
            assertThat(cal.size()).isEqualTo(ref.size());
        }
        while (!ref.isEmpty()) {
            Ref expected = ref.poll();
            assertThat(cal.peekTime()).isEqualTo(expected.time());
            cal.removeMin();
            assertThat(cal.lastPayload()).isEqualTo(expected.payload());
            assertThat(cal.lastHandler()).isSameAs(HANDLERS[expected.handler()]);
            fired.add(expected.payload());
        }
        assertThat(cal.isEmpty()).isTrue();
        assertThat(cal.peekTime()).isEqualTo(Double.POSITIVE_INFINITY);
        for (long id : ids) {
            assertThat(cal.isPending(id)).isFalse();
            assertThat(cal.cancel(id)).isFalse();
        }
        return fired;
    }

    @Property(tries = 300)
    void firesInTheOrderOfAStablePriorityQueue(
            @ForAll @Size(min = 1, max = 3000) List<@IntRange(min = 0, max = 9999) Integer> script,
            @ForAll @IntRange(min = 1, max = 40) int spillMin,
            @ForAll @IntRange(min = 0, max = 40) int refillAll) {
        play(new EventCalendar(16, spillMin, refillAll), script);
    }

    @Property(tries = 100)
    void sameScriptFiresTheSameSequenceWhateverTheLayout(
            @ForAll @Size(min = 1, max = 2000) List<@IntRange(min = 0, max = 9999) Integer> script,
            @ForAll @IntRange(min = 1, max = 40) int spillMin) {
        List<Integer> plain = play(new EventCalendar(), script);
        assertThat(play(new EventCalendar(16, spillMin, 0), script)).isEqualTo(plain);
        assertThat(play(new EventCalendar(16, spillMin, 0), script)).isEqualTo(plain);
    }

    /** Cancelling many events and firing the rest: stale entries are dropped by rebuilds and at the root. */
    @Property(tries = 30)
    void massCancellationKeepsTheOrder(@ForAll @IntRange(min = 100, max = 5000) int n,
                                       @ForAll @IntRange(min = 2, max = 9) int everyKth) {
        EventCalendar cal = new EventCalendar(16, 64, 16);
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = cal.insert((i * 7919L) % 1000, 0, NOTHING, i);
        }
        int kept = n;
        for (int i = 0; i < n; i++) {
            if (i % everyKth != 0) {
                assertThat(cal.cancel(ids[i])).isTrue();
                kept--;
            }
        }
        assertThat(cal.size()).isEqualTo(kept);
        double lastTime = -1;
        int lastPayload = -1;
        while (!cal.isEmpty()) {
            cal.removeMin();
            assertThat(cal.lastPayload() % everyKth).isZero();
            if (cal.lastTime() == lastTime) {
                assertThat(cal.lastPayload()).isGreaterThan(lastPayload);
            } else {
                assertThat(cal.lastTime()).isGreaterThan(lastTime);
            }
            lastTime = cal.lastTime();
            lastPayload = cal.lastPayload();
            kept--;
        }
        assertThat(kept).isZero();
    }
}
