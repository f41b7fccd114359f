package org.scmsim.scenarios.experiment;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on the console: on a terminal, one line redrawn in place with a bar, the count, the
 * rate and the estimated time left; otherwise (a log file, a pipe, CI) a plain line at most every
 * few seconds and at the end, so logs stay readable.
 */
public final class ConsoleProgress implements Progress {

    private static final int BAR = 30;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier clock;
    private int total;
    private int done;
    private int skipped;
    private long startedAt;
    private long lastPrinted;
    private boolean lineOpen;
    private long lastDrawn;
    /** Fraction simulated of each running replication, by "cell/replication". */
    private final java.util.Map<String, Double> running = new java.util.HashMap<>();

    public ConsoleProgress(PrintWriter out, boolean terminal) {
        this(out, terminal, System::nanoTime);
    }

    ConsoleProgress(PrintWriter out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** True when standard output is an interactive terminal (not redirected to a file or pipe). */
    public static boolean isTerminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void start(int total, int alreadyDone) {
        this.total = total;
        this.skipped = alreadyDone;
        this.done = alreadyDone;
        this.startedAt = clock.getAsLong();
        this.lastPrinted = startedAt;
        if (alreadyDone > 0) {
            note(alreadyDone + " of " + total + " replications already finished, skipped");
        }
        if (terminal) {
            draw();
        } else {
            out.println("progress: 0 of " + (total - skipped) + " replications to run");
            out.flush();
        }
    }

    @Override
    public synchronized void advanced(ReplicationTask task, double fraction) {
        if (done >= total) {
            return;
        }
        running.put(task.cellId() + "/" + task.replication(), fraction);
        long now = clock.getAsLong();
        if (terminal && now - lastDrawn >= 250_000_000L) {
            draw();
        } else if (!terminal && now - lastPrinted >= PLAIN_EVERY_NANOS) {
            lastPrinted = now;
            out.println("progress: " + line());
            out.flush();
        }
    }

    @Override
    public synchronized void finished(ReplicationTask task, ReplicationRecord result) {
        if (task != null) {
            running.remove(task.cellId() + "/" + task.replication());
        }
        done++;
        long now = clock.getAsLong();
        if (terminal) {
            draw();
        } else if (now - lastPrinted >= PLAIN_EVERY_NANOS || done == total) {
            lastPrinted = now;
            out.println("progress: " + line());
            out.flush();
        }
    }

    @Override
    public synchronized void note(String message) {
        if (lineOpen) {
            out.print("\r\033[K");
            lineOpen = false;
        }
        out.println(message);
        out.flush();
        if (terminal && total > 0 && done < total) {
            draw();
        }
    }

    @Override
    public synchronized void end() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
        out.flush();
    }

    private void draw() {
        double partial = running.values().stream().mapToDouble(Double::doubleValue).sum();
        int filled = total == 0 ? BAR : (int) Math.min(BAR, BAR * (done + partial) / total);
        out.print("\r\033[K[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + line());
        out.flush();
        lineOpen = true;
        lastDrawn = clock.getAsLong();
    }

    /** "12/40 (30%), 3.1 s elapsed, ETA 7 s"; running replications count by the fraction they have simulated. */
    String line() {
        double elapsed = (clock.getAsLong() - startedAt) / 1e9;
        double partial = running.values().stream().mapToDouble(Double::doubleValue).sum();
        double ran = done - skipped + partial;
        double left = total - done - partial;
        int filledPct = total == 0 ? 100 : (int) (100 * (done + partial) / total);
        String eta = ran <= 0 ? "ETA --" : "ETA " + duration(elapsed / ran * left);
        return String.format(Locale.ROOT, "%d/%d replications (%d%%), %s elapsed, %s", done, total,
                filledPct, duration(elapsed), done == total ? "done" : eta);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
