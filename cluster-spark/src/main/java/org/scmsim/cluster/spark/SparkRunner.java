package org.scmsim.cluster.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.Cancellation;
import org.scmsim.scenarios.experiment.ReplicationRecord;
import org.scmsim.scenarios.experiment.ReplicationTask;

/**
 * Runs a batch on Apache Spark: each replication of each cell is one Spark job of one task, so
 * results stream back to the driver as they finish (the driver writes them, atomically, as the
 * local runner does), a failed task is retried by Spark, and a stop cancels what is running while
 * keeping what has finished. At most {@code window} jobs are in flight, so the cluster stays busy
 * without the driver queuing the whole batch.
 */
public final class SparkRunner implements BatchRunner {

    /** Setting that makes the first attempt of the named tasks fail ({@code cellId/replication,...}): for tests. */
    public static final String FAIL_ONCE = "scmsim.spark.failOnce";

    /** Task attempts before a replication counts as failed, for local masters too. */
    static final int MAX_ATTEMPTS = 4;

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,(\\d+))?])?");

    private final SparkConf conf;
    private final int window;
    private final List<String> failOnce;

    public SparkRunner(String master, Map<String, String> settings, int parallelismHint) {
        SparkConf c = new SparkConf().setAppName("scmsim").setIfMissing("spark.ui.enabled", "false");
        String m = master != null ? master : c.get("spark.master", "local[*]");   // spark-submit sets spark.master
        c.setMaster(withRetries(m));
        c.set("spark.task.maxFailures", Integer.toString(MAX_ATTEMPTS));
        if (m.startsWith("local")) {
            c.setIfMissing("spark.driver.host", "127.0.0.1");
            c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        Map<String, String> rest = new LinkedHashMap<>(settings);
        String fail = rest.remove(FAIL_ONCE);
        this.failOnce = fail == null || fail.isBlank() ? List.of() : List.of(fail.split(","));
        rest.forEach(c::set);
        this.conf = c;
        this.window = Math.max(2, 2 * parallelismHint);
    }

    /** {@code local[K]} allows no retry; make it {@code local[K,4]} so a failed task is retried as on a cluster. */
    static String withRetries(String master) {
        Matcher l = LOCAL.matcher(master.trim());
        if (!l.matches()) {
            return master.trim();
        }
        if (l.group(2) != null) {
            return master.trim();
        }
        String threads = l.group(1) != null ? l.group(1) : "1";
        return "local[" + threads + "," + MAX_ATTEMPTS + "]";
    }

    public String master() {
        return conf.get("spark.master");
    }

    @Override
    public String describe() {
        return "spark(" + master() + ")";
    }

    @Override
    public void run(List<ReplicationTask> tasks, Sink sink, Cancellation cancel) throws BatchException, InterruptedException {
        if (tasks.isEmpty()) {
            return;
        }
        JavaSparkContext jsc = context();
        jsc.setLogLevel("WARN");
        Map<JavaFutureAction<List<byte[]>>, ReplicationTask> inFlight = new LinkedHashMap<>();
        RunReplication work = new RunReplication();
        int next = 0;
        try {
            while (next < tasks.size() || !inFlight.isEmpty()) {
                while (!cancel.isCancelled() && next < tasks.size() && inFlight.size() < window) {
                    ReplicationTask t = tasks.get(next++);
                    SparkTask st = SparkTask.of(t, failOnce.contains(t.cellId() + "/" + t.replication()));
                    jsc.setJobDescription("scmsim " + t.cellId() + " replication " + t.replication());
                    inFlight.put(jsc.parallelize(List.of(st), 1).map(work).collectAsync(), t);
                }
                if (cancel.isCancelled()) {
                    handOverFinished(inFlight, sink);
                    jsc.cancelAllJobs();
                    return;
                }
                if (!handOverFinished(inFlight, sink)) {
                    Thread.sleep(10);
                }
            }
        } catch (InterruptedException e) {
            jsc.cancelAllJobs();
            throw e;
        }
    }

    /**
     * The running Spark context if it is ours (spark-submit's, or one made by an earlier batch with
     * the same master), else a new one: a context made for another master is stopped first.
     */
    private JavaSparkContext context() {
        SparkContext sc = SparkContext.getOrCreate(conf);
        if (!sc.master().equals(master())) {
            sc.stop();
            sc = SparkContext.getOrCreate(conf);
        }
        return JavaSparkContext.fromSparkContext(sc);
    }

    /** Passes every finished job's record to the sink; true if there was one. */
    private static boolean handOverFinished(Map<JavaFutureAction<List<byte[]>>, ReplicationTask> inFlight, Sink sink)
            throws BatchException, InterruptedException {
        boolean any = false;
        List<JavaFutureAction<List<byte[]>>> done = new ArrayList<>();
        for (JavaFutureAction<List<byte[]>> f : inFlight.keySet()) {
            if (f.isDone()) {
                done.add(f);
            }
        }
        for (JavaFutureAction<List<byte[]>> f : done) {
            ReplicationTask t = inFlight.remove(f);
            ReplicationRecord r;
            try {
                r = ReplicationRecord.fromJson(f.get().get(0), Tables.jsonMapper());
            } catch (ExecutionException e) {
                Throwable c = e.getCause() != null ? e.getCause() : e;
                throw new BatchException("replication " + t.replication() + " of cell " + t.cellId()
                        + " failed on Spark after " + MAX_ATTEMPTS + " attempts: " + rootMessage(c), c);
            } catch (java.io.IOException e) {
                throw new BatchException("replication " + t.replication() + " of cell " + t.cellId()
                        + " came back unreadable: " + e.getMessage(), e);
            }
            try {
                sink.finished(t, r);
            } catch (Exception e) {
                throw new BatchException("cannot keep replication " + t.replication() + " of cell " + t.cellId() + ": " + e, e);
            }
            any = true;
        }
        return any;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

}
