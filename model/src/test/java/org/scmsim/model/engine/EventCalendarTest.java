package org.scmsim.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    @Test
    void firesInTimeOrder() {
        sim.at(3, () -> log.add("c"));
        sim.at(1, () -> log.add("a"));
        sim.at(2, () -> log.add("b"));
        sim.runToEnd();
        assertThat(log).containsExactly("a", "b", "c");
        assertThat(sim.now()).isEqualTo(3.0);
    }

    @Test
    void tiesBreakByPriorityThenInsertionOrder() {
        sim.at(5, 0, () -> log.add("normal-1"));
        sim.at(5, 1, () -> log.add("late"));
        sim.at(5, -1, () -> log.add("early"));
        sim.at(5, 0, () -> log.add("normal-2"));
        sim.at(5, 0, () -> log.add("normal-3"));
        sim.runToEnd();
        assertThat(log).containsExactly("early", "normal-1", "normal-2", "normal-3", "late");
    }

    @Test
    void eventsScheduledForNowFireAfterThoseAlreadyPending() {
        sim.at(1, () -> {
            log.add("first");
            sim.after(0, () -> log.add("scheduled-by-first"));
        });
        sim.at(1, () -> log.add("second"));
        sim.runToEnd();
        assertThat(log).containsExactly("first", "second", "scheduled-by-first");
    }

    @Test
    void cancelledEventNeverFires() {
        long a = sim.at(1, () -> log.add("a"));
        sim.at(2, () -> log.add("b"));
        assertThat(sim.cancel(a)).isTrue();
        assertThat(sim.cancel(a)).as("second cancel of the same id").isFalse();
        sim.runToEnd();
        assertThat(log).containsExactly("b");
    }

    @Test
    void staleIdDoesNotCancelTheEventThatReusedItsSlot() {
        long a = sim.at(1, () -> log.add("a"));
        sim.run(1.5);
        long b = sim.at(2, () -> log.add("b"));   // reuses a's slot
        assertThat(sim.isPending(a)).isFalse();
        assertThat(sim.cancel(a)).isFalse();
        assertThat(sim.isPending(b)).isTrue();
        sim.runToEnd();
        assertThat(log).containsExactly("a", "b");
    }

    @Test
    void noneIsNeverPending() {
        assertThat(sim.cancel(EventCalendar.NONE)).isFalse();
        assertThat(sim.isPending(EventCalendar.NONE)).isFalse();
    }

    @Test
    void rescheduleMovesAnEventEarlierOrLater() {
        long retry = sim.at(10, () -> log.add("retry@" + sim.now()));
        sim.at(5, () -> log.add("contact"));
        assertThat(sim.reschedule(retry, 3)).isTrue();
        sim.runToEnd();
        assertThat(log).containsExactly("retry@3.0", "contact");

        long later = sim.at(6, () -> log.add("later@" + sim.now()));
        assertThat(sim.reschedule(later, 20)).isTrue();
        sim.runToEnd();
        assertThat(log).last().isEqualTo("later@20.0");
        assertThat(sim.reschedule(later, 30)).as("fired already").isFalse();
    }

    @Test
    void runUntilLeavesLaterEventsPendingAndClockAtUntil() {
        sim.at(1, () -> log.add("a"));
        sim.at(10, () -> log.add("b"));
        sim.run(5);
        assertThat(log).containsExactly("a");
        assertThat(sim.now()).isEqualTo(5.0);
        assertThat(sim.pendingEvents()).isEqualTo(1);
    }

    @Test
    void stopReturnsAfterTheCurrentEvent() {
        sim.at(1, () -> {
            log.add("a");
            sim.stop();
        });
        sim.at(2, () -> log.add("b"));
        sim.run(100);
        assertThat(log).containsExactly("a");
        assertThat(sim.now()).isEqualTo(1.0);
    }

    @Test
    void payloadReachesTheHandler() {
        EventHandler h = p -> log.add("device " + p);
        sim.at(1, h, 42);
        sim.at(1, h, 7);
        sim.runToEnd();
        assertThat(log).containsExactly("device 42", "device 7");
    }

    @Test
    void schedulingInThePastIsRejected() {
        sim.at(5, () -> { });
        sim.runToEnd();
        assertThatThrownBy(() -> sim.at(4, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.after(-1, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.at(Double.NaN, () -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    /** Random inserts, cancels and reschedules fire in the same order as a reference queue. */
    @Property(tries = 200)
    void agreesWithAReferencePriorityQueue(@ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 50) Integer> times,
                                           @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 3) Integer> ops) {
        EventCalendar cal = new EventCalendar(16);
        record Ref(double time, int priority, long seq, int payload) { }
        PriorityQueue<Ref> ref = new PriorityQueue<>((x, y) -> x.time != y.time ? Double.compare(x.time, y.time)
                : x.priority != y.priority ? Integer.compare(x.priority, y.priority) : Long.compare(x.seq, y.seq));
        List<Long> ids = new ArrayList<>();
        List<Ref> refs = new ArrayList<>();
        long seq = 0;
        for (int i = 0; i < times.size(); i++) {
            int prio = i % 3 - 1;
            Ref r = new Ref(times.get(i), prio, seq++, i);
            ids.add(cal.insert(r.time, prio, (EventHandler) p -> { }, i));
            refs.add(r);
            ref.add(r);
        }
        for (int k = 0; k < ops.size(); k++) {
            int victim = (k * 7919) % ids.size();
            long id = ids.get(victim);
            Ref old = refs.get(victim);
            if (ops.get(k) == 0 && cal.cancel(id)) {
                assertThat(ref.remove(old)).isTrue();
            } else if (ops.get(k) == 1 && cal.isPending(id)) {
                double t = (k * 31) % 60;
                assertThat(cal.reschedule(id, t)).isTrue();
                ref.remove(old);
                Ref moved = new Ref(t, old.priority, seq++, old.payload);
                refs.set(victim, moved);
                ref.add(moved);
            }
        }
        while (!ref.isEmpty()) {
            Ref expected = ref.poll();
            assertThat(cal.peekTime()).isEqualTo(expected.time);
            cal.removeMin();
            assertThat(cal.lastPayload()).isEqualTo(expected.payload);
        }
        assertThat(cal.isEmpty()).isTrue();
    }

    @Test
    void growsPastItsInitialCapacity() {
        EventCalendar cal = new EventCalendar(16);
        for (int i = 0; i < 10_000; i++) {
            cal.insert(10_000 - i, 0, (Runnable) () -> { }, i);
        }
        double last = -1;
        while (!cal.isEmpty()) {
            cal.removeMin();
            assertThat(cal.lastTime()).isGreaterThanOrEqualTo(last);
            last = cal.lastTime();
        }
    }
}
