package org.scmsim.model.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.crypto.Verdict;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;

/**
 * Issue 6: in {@code full} fidelity a revoked RSU's application certificates go on a real hash CRL
 * signed by the CRL generator, and receivers really check the RSU's certificate against the hash
 * CRL they hold: it fails from the arrival of the CRL listing it on, never before (neither before
 * the decision nor between issue and arrival).
 */
class HashCrlInFullFidelityTest {

    /** The 30-OBU, 6-RSU fleet of {@link RevocationInFullFidelityTest}, one RSU misbehaving from day 2. */
    static Scenario rsuFleet(Fidelity.Mode mode) {
        Scenario s = RevocationInFullFidelityTest.fleet(mode, RevocationInFullFidelityTest.atEachRevocationByDownload());
        Misbehavior m = s.misbehavior();
        return s.withMisbehavior(new Misbehavior(0, List.of(), m.encountersPerDay(), 0.8, 100, Duration.ofHours(6),
                Duration.ofDays(7), new Shuffle(5, Duration.ofHours(3)), Duration.ofSeconds(1), 3, 0,
                Duration.ofHours(4), m.crl(), List.of(new MisbehaviorWave(LocalDate.of(2027, 1, 3), 1)), 60,
                Duration.ZERO));
    }

    /** On day 4 the MA orders the first active privileged OBU revoked (its identification certificates by hash). */
    private static ScmsModel withPrivilegedObuRevoked(ScmsModel m) {
        m.simulation().at(4 * 86_400.0, () -> {
            int d = java.util.stream.IntStream.range(0, m.obus().count())
                    .filter(i -> m.obus().isActive(i) && m.obus().isPrivileged(i)).findFirst().orElseThrow();
            assertThat(m.misbehavior().revokeNow(new int[] {d})).isEqualTo(1);
        });
        return m;
    }

    @Test
    void aRevokedRsusCertificateFailsHashCrlChecksAtReceiversAfterTheCrlArrivesAndNotBefore() {
        ScmsModel full = withPrivilegedObuRevoked(new ScmsModel(rsuFleet(Fidelity.Mode.FULL), 0));
        RunResult r = full.run();
        MisbehaviorModel mb = full.misbehavior();

        assertThat(r.summary().rsusRevoked()).isEqualTo(1);
        assertThat(r.summary().devicesRevokedByOrder()).isEqualTo(1);
        assertThat(r.summary().crlHashEntriesIdentification()).isPositive();
        assertThat(r.summary().cryptoRejected()).isZero();
        RevocationRow rsu = r.planning().revocations().stream().filter(v -> v.target() == RevocationRow.Target.RSU)
                .findFirst().orElseThrow();
        RevocationRow obu = r.planning().revocations().stream().filter(v -> v.target() == RevocationRow.Target.OBU)
                .findFirst().orElseThrow();
        List<CrlIssue> crls = r.planning().crls();
        int version = crls.stream().filter(c -> c.issuedSeconds() == rsu.crlIssueSeconds()).findFirst().orElseThrow()
                .version();

        // the real signed hash CRLs have the size the model gives them (this generator's wrapper: 85 bytes)
        assertThat(mb.realHashCrlBytes()).containsExactly(crls.stream().mapToInt(CrlIssue::hashBytes).toArray());
        assertThat(crls.get(version - 1).hashEntries()).isPositive();

        List<MisbehaviorModel.CrlCheck> all = mb.hashCrlChecks();
        // privileged OBUs' identification certificates are checked too: the revoked one's fail from
        // the arrival of the CRL listing it on, the others' never
        int obuVersion = crls.stream().filter(c -> c.issuedSeconds() == obu.crlIssueSeconds()).findFirst().orElseThrow()
                .version();
        assertThat(all).filteredOn(c -> c.sender() != (int) rsu.device()).isNotEmpty().allSatisfy(c -> assertThat(c.verdict())
                .isEqualTo(c.sender() == (int) obu.device() && c.receiverCrl() >= obuVersion ? Verdict.REVOKED : Verdict.ACCEPTED));
        assertThat(all).filteredOn(c -> c.sender() == (int) obu.device() && c.verdict() == Verdict.REVOKED).isNotEmpty();
        List<MisbehaviorModel.CrlCheck> checks = all.stream().filter(c -> c.sender() == (int) rsu.device()).toList();
        int beforeDecision = 0;
        int beforeArrival = 0;
        int revoked = 0;
        for (MisbehaviorModel.CrlCheck c : checks) {
            assertThat(c.sender()).isEqualTo((int) rsu.device());
            boolean holdsListing = c.receiverCrl() >= version;
            assertThat(c.verdict()).as("check %s", c).isEqualTo(holdsListing ? Verdict.REVOKED : Verdict.ACCEPTED);
            assertThat(c.listed()).isEqualTo(holdsListing);
            if (c.seconds() < rsu.decisionSeconds()) {
                beforeDecision++;
            } else if (!holdsListing && c.seconds() >= rsu.crlIssueSeconds()) {
                beforeArrival++;
            } else if (holdsListing) {
                revoked++;
            }
        }
        assertThat(beforeDecision).as("checks before the decision").isPositive();
        assertThat(beforeArrival).as("checks after issue, before the CRL reached the receiver").isPositive();
        assertThat(revoked).as("checks at receivers holding the CRL").isPositive();
        assertThat(r.summary().crlHashChecksReal()).isEqualTo(all.size());
        assertThat(r.summary().crlHashCheckMismatches()).isZero();

        // the real crypto changes nothing the model computes
        RunResult model = withPrivilegedObuRevoked(new ScmsModel(rsuFleet(Fidelity.Mode.MODEL), 0)).run();
        assertThat(model.planning().crls()).isEqualTo(crls);
        assertThat(model.planning().revocations()).isEqualTo(r.planning().revocations());
        assertThat(model.summary().crlHashChecksReal()).isZero();
    }
}
