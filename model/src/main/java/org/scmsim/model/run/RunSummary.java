package org.scmsim.model.run;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Totals and averages of one run.
 *
 * @param obusDeployed            OBUs deployed by the horizon
 * @param rsusDeployed            RSUs deployed by the horizon
 * @param pseudonymRequested      pseudonym certificates requested
 * @param applicationRequested    application certificates requested
 * @param certificatesIssued      certificates issued
 * @param requests                requests submitted
 * @param meanResponseSeconds     mean request-to-issue time of completed requests
 * @param maxResponseSeconds      longest request-to-issue time
 * @param meanQueueWaitSeconds    mean time in queue before service
 * @param peakBacklogCertificates largest backlog at any time
 * @param pcaUtilisation          time-average fraction of the issuance stage busy
 * @param lateCertificates        certificates requested ahead of their i-period but issued after it began
 * @param eventsProcessed         simulation events fired
 */
public record RunSummary(long obusDeployed, long rsusDeployed, long pseudonymRequested,
                         long applicationRequested, long certificatesIssued, long requests,
                         double meanResponseSeconds, double maxResponseSeconds,
                         double meanQueueWaitSeconds, long peakBacklogCertificates,
                         double pcaUtilisation, long lateCertificates, long eventsProcessed) {

    /**
     * Every figure of this summary by its snake_case name, in declaration order: what experiments
     * summarise over replications and compare between arms. New components appear here by themselves.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (RecordComponent c : RunSummary.class.getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(this);
                if (v instanceof Number n) {
                    out.put(snakeCase(c.getName()), n.doubleValue());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return out;
    }

    static String snakeCase(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
