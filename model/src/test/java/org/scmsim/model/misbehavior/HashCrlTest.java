package org.scmsim.model.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.CrlContentsCodec;
import org.scmsim.crypto.crl.HashBasedRevocationInfo;
import org.scmsim.crypto.crl.ToBeSignedHashIdCrl;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.InvalidFieldException;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.run.WeekRow;
import org.scmsim.model.testing.TestScenarios;

/**
 * Issue 6: revoked RSUs (and privileged OBUs) go on a hash CRL, one HashedId10 + expiry per
 * unexpired non-pseudonym certificate, sized by crypto-core's real encoding; the entries leave the
 * CRL when the certificates expire.
 */
class HashCrlTest {

    static CrlPolicy weekly() {
        return new CrlPolicy(CrlPolicy.Cadence.PERIODIC, Duration.ofDays(7), CrlPolicy.Channel.DOWNLOAD,
                Duration.ofDays(2), 92, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The pilot for 150 days; {@code rsus} RSUs start misbehaving on 2027-03-01, received by
     * {@code contacts} OBUs a day (0: never detected); no OBU misbehaves.
     */
    static Scenario rsuWave(int rsus, double contacts) {
        Misbehavior m = new Misbehavior(0, List.of(), 30, 0.8, 100, Duration.ofHours(6), Duration.ofDays(7),
                new Shuffle(50, Duration.ofHours(6)), Duration.ofSeconds(1), 3, 0, Duration.ofHours(4), weekly(),
                List.of(new MisbehaviorWave(LocalDate.of(2027, 3, 1), rsus)), contacts, Duration.ZERO);
        return TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(150)).withMisbehavior(m);
    }

    @Test
    void aHashEntryAddsTheRealEncodedSizeOfAHashedId10AndAnExpiry() {
        // one HashBasedRevocationInfo: HashedId10 (10) + Time32 (4), as crypto-core encodes it
        Random rnd = new Random(7);
        int before = CrlSize.hashContentBytes(2, 600_000_000L, 600_604_800L, 5, 0);
        for (int n = 1; n <= 120; n++) {
            int size = CrlSize.hashContentBytes(2, 600_000_000L, 600_604_800L, 5, n);
            assertThat(size - before).as("entry %d", n).isEqualTo(14);
            before = size;
        }
        // the size does not depend on the hashes and expiries: real values give the same bytes
        for (int n : new int[] {0, 1, 7, 127, 128, 300}) {
            List<HashBasedRevocationInfo> entries = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                byte[] h = new byte[10];
                rnd.nextBytes(h);
                entries.add(new HashBasedRevocationInfo(new HashedId10(h), new Time32(600_000_000L + rnd.nextInt(1 << 30))));
            }
            byte[] craca = new byte[8];
            rnd.nextBytes(craca);
            CrlContents real = new CrlContents(2, new HashedId8(craca), new Time32(600_000_000L), new Time32(600_604_800L),
                    OptionalInt.of(0), new ToBeSignedHashIdCrl(false, 5, entries));
            assertThat(CrlSize.hashContentBytes(2, 600_000_000L, 600_604_800L, 5, n)).as("%d entries", n)
                    .isEqualTo(CrlContentsCodec.encode(real).length);
        }
    }

    @Test
    void aMisbehavingRsuIsRevokedByHashEntriesThatGrowTheCrlByTheirRealSizeAndExpireWithItsCertificates() {
        ScmsModel model = new ScmsModel(rsuWave(1, 40), 0);
        RunResult r = model.run();
        RunResult honest = new ScmsModel(rsuWave(1, 0), 0).run();   // the same RSU, never detected

        assertThat(r.summary().misbehavingRsus()).isEqualTo(1);
        assertThat(honest.summary().rsusRevoked()).isZero();
        assertThat(r.summary().rsusRevoked()).isEqualTo(1);
        assertThat(r.summary().devicesRevoked()).isZero();   // no OBU: no linkage entry
        assertThat(r.summary().hoursToRsuRevocationDecision()).isPositive();
        List<RevocationRow> rows = r.planning().revocations();
        assertThat(rows).singleElement().satisfies(v -> assertThat(v.target()).isEqualTo(RevocationRow.Target.RSU));
        RevocationRow rsu = rows.get(0);

        // the RSU holds the decision week and one week in reserve, three PSIDs each
        int psids = 3;
        assertThat(r.summary().crlHashEntriesRsus()).isEqualTo(2L * psids);
        List<CrlIssue> crls = r.planning().crls();
        CrlIssue first = crls.stream().filter(c -> c.issuedSeconds() == rsu.crlIssueSeconds()).findFirst().orElseThrow();
        assertThat(first.hashEntries()).isBetween(psids, 2 * psids);
        assertThat(first.entries()).isZero();
        for (CrlIssue c : crls) {
            int empty = CrlSize.hashContentBytes(2, 0, 0, c.version(), 0);
            if (c.issuedSeconds() < rsu.decisionSeconds()) {
                assertThat(c.hashBytes()).as("no hash CRL before the first hash entry").isZero();
            } else {
                assertThat(c.hashContentBytes()).isEqualTo(empty + 14 * c.hashEntries());
                assertThat(c.hashBytes()).isEqualTo(CrlSize.deliveredBytes(c.hashContentBytes(), 92));
            }
        }
        // the certificates expire (the RA issues the RSU no more): so do the entries
        assertThat(crls.get(crls.size() - 1).hashEntries()).isZero();
        assertThat(crls.stream().mapToInt(CrlIssue::hashEntries).max().orElse(0)).isEqualTo(r.summary().crlHashEntriesMax());

        // blacklisted: its renewals are refused and it runs out of certificates
        assertThat(r.summary().requestsRefusedBlacklisted()).isPositive();
        assertThat(r.summary().rsuHoursWithoutCertificate()).isGreaterThan(honest.summary().rsuHoursWithoutCertificate());
        // messages of the revoked RSU were accepted until receivers held the CRL
        assertThat(r.summary().messagesAcceptedFromRevokedRsus()).isPositive();

        // weekly columns: the hash CRL of each week's end, and receivers download it with the linkage CRL
        for (WeekRow w : r.weeks()) {
            double end = Math.min(150, 7.0 * (w.week() + 1)) * 86_400;
            assertThat(w.crlHashEntries()).isEqualTo(model.misbehavior().crlHashEntriesAt(end));
            assertThat(w.crlHashSizeBytes()).isEqualTo(model.misbehavior().crlHashBytesAt(end));
        }
        assertThat(r.weeks().stream().mapToLong(WeekRow::crlHashEntries).max().orElse(0)).isPositive();
        assertThat(r.summary().crlBytesMoved()).isGreaterThan(honest.summary().crlBytesMoved());
        // OBUs see the same CRLs: the hash CRL adds bytes, the linkage CRL is the same
        assertThat(crls.stream().mapToInt(CrlIssue::bytes).toArray())
                .containsExactly(honest.planning().crls().stream().mapToInt(CrlIssue::bytes).toArray());
    }

    @Test
    void anRsuRevokedByOrderIsListedInTheNextCrl() {
        ScmsModel model = new ScmsModel(rsuWave(1, 0), 0);
        int[] ordered = new int[1];
        model.simulation().at(60 * 86_400.0, () -> {
            int[] active = java.util.stream.IntStream.range(0, model.rsus().count()).filter(model.rsus()::isActive)
                    .limit(2).toArray();
            ordered[0] = model.misbehavior().revokeRsusNow(new int[] {active[0], active[1], active[1]});
        });
        RunResult r = model.run();
        assertThat(ordered[0]).isEqualTo(2);
        assertThat(r.summary().rsusRevoked()).isEqualTo(2);
        assertThat(r.summary().devicesRevokedByOrder()).isEqualTo(2);
        assertThat(r.planning().revocations()).hasSize(2).allSatisfy(v -> {
            assertThat(v.target()).isEqualTo(RevocationRow.Target.RSU);
            assertThat(v.crlIssueSeconds()).isEqualTo(63 * 86_400.0);   // the next weekly CRL
        });
        assertThat(r.summary().crlHashEntriesMax()).isEqualTo(2L * 2 * 3);
    }

    @Test
    void theNewFieldsRejectNegativeValuesNamingTheField() {
        assertThatThrownBy(() -> new CrlPolicy(CrlPolicy.Cadence.PERIODIC, Duration.ofDays(7), CrlPolicy.Channel.DOWNLOAD,
                Duration.ofDays(2), 92, Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("generationTime"));
        assertThatThrownBy(() -> new CrlPolicy(CrlPolicy.Cadence.PERIODIC, Duration.ofDays(7), CrlPolicy.Channel.DOWNLOAD,
                Duration.ofDays(2), 92, Duration.ZERO, Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("entryTime"));
        Misbehavior none = Misbehavior.none();
        assertThatThrownBy(() -> new Misbehavior(0, List.of(), 30, 0.8, 100, Duration.ofHours(6), Duration.ofDays(7),
                none.reportShuffle(), Duration.ofSeconds(1), 3, 0, Duration.ofHours(4), weekly(), List.of(), -1, Duration.ZERO))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("rsuContactsPerDay"));
        assertThatThrownBy(() -> new Misbehavior(0, List.of(), 30, 0.8, 100, Duration.ofHours(6), Duration.ofDays(7),
                none.reportShuffle(), Duration.ofSeconds(1), 3, 0, Duration.ofHours(4), weekly(), List.of(), 5,
                Duration.ofMinutes(-1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("revocationWork"));
    }
}
