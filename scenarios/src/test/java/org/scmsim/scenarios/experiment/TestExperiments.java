package org.scmsim.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny scenarios and experiments that run in milliseconds. */
final class TestExperiments {

    private TestExperiments() {
    }

    /** About 75 OBUs joining over four weeks against one exponential PCA server: responses vary by replication. */
    static final String TINY = """
            name: tiny
            description: a few devices for tests
            seed: 7
            start: 2027-01-01
            horizon: P28D
            deployment:
              arrivals: stratified
              years:
                - { year: 2027, obus: 1000, rsus: 20 }
              installers: 4
              installsPerDay: 100
            scms:
              costs: { pseudonymIssue: 0.002 }
              pca: { servers: 1, serviceTime: exponential }
            """;

    static Path tinyScenario(Path dir) throws IOException {
        Path p = dir.resolve("tiny.yaml");
        Files.writeString(p, TINY);
        return p;
    }

    /** Two arms and a two-point sweep over the tiny scenario. */
    static Path experiment(Path dir, String extra) throws IOException {
        tinyScenario(dir);
        Path p = dir.resolve("exp.yaml");
        Files.writeString(p, """
                name: tiny-exp
                scenario: tiny.yaml
                replications: 4
                warmup: P7D
                arms:
                  - name: slow
                  - name: fast
                    set:
                      scms.pca.servers: 2
                sweep:
                  fields:
                    policy.pseudonym.perWeek: [10, 20]
                metrics: [mean_response_seconds, weekly.certificates_issued]
                """ + extra);
        return p;
    }
}
