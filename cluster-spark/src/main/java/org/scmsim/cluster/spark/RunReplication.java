package org.scmsim.cluster.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.scmsim.results.io.Tables;

/** The executor side: runs one replication and returns its record as the JSON the run folder stores. */
final class RunReplication implements Function<SparkTask, byte[]> {

    private static final long serialVersionUID = 1L;

    @Override
    public byte[] call(SparkTask task) throws Exception {
        TaskContext ctx = TaskContext.get();
        if (task.failFirstAttempt() && ctx != null && ctx.attemptNumber() == 0) {
            throw new IllegalStateException("injected failure of the first attempt of " + task.cellId()
                    + " replication " + task.replication());
        }
        return task.toReplicationTask().execute().toJson(Tables.jsonMapper());
    }
}
