package org.scmsim.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny scenarios and experiments that run in milliseconds. */
final class TestExperiments {

    private TestExperiments() {
    }

    /** 40 OBUs and 4 RSUs over four weeks against a slow, exponential PCA: responses vary by replication. */
    static final String TINY = """
            name: tiny
            description: a few devices for tests
            seed: 7
            start: 2027-01-01
            horizon: P28D
            deployment:
              arrivals: stratified
              years:
                - { year: 2027, obus: 400, rsus: 20 }
            scms:
              costs:
                pseudonymIssue: 0.5        # a deliberately slow PCA: 2 certificates/s per server
              pca:
                servers: 2
                serviceTime: exponential
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
                      scms.pca.servers: 4
                sweep:
                  fields:
                    policy.pseudonym.perWeek: [10, 20]
                metrics: [mean_response_seconds, weekly.certificates_issued]
                """ + extra);
        return p;
    }
}
