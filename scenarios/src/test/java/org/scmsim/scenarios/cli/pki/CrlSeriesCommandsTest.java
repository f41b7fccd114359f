package org.scmsim.scenarios.cli.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.cli.Cli;
import org.scmsim.scenarios.cli.Cli.Outcome;

/** {@code scmsim pki crl make --delta} and {@code pki crl check} with a full CRL and its deltas. */
class CrlSeriesCommandsTest {

    private static final String DAY1 = "2023-03-01T00:00:00Z";
    private static final String DAY2 = "2023-03-02T00:00:00Z";
    private static final String SEEDS = "2aa0:0e7e:6c7f04ae976b10907120eefccb37ac5d:98e411a705b6e60d1c18404bd9aed8aa:580";

    @TempDir
    Path tmp;

    private static String resource(String name) {
        try {
            return Path.of(CrlSeriesCommandsTest.class.getResource("/pki/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String file(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void aHashDeltaSignedByTheSameGeneratorIsMergedWithItsFullCrl() {
        Outcome full = Cli.scmsim("pki", "crl", "make", "--out", file("full.crl"), "--serial", "7", "--issue-date", DAY1,
                "--revoke-cert", resource("kr-rsu-app-cert.hex"));
        assertThat(full.exit()).as(full.err()).isZero();
        assertThat(full.out()).contains("fullHashCrl crlSerial 7, 1 entries").contains("full.crl.crlg.key");
        Outcome delta = Cli.scmsim("pki", "crl", "make", "--out", file("delta.crl"), "--delta", "--serial", "8", "--issue-date", DAY2,
                "--revoke-cert", resource("kr-pseudonym-1AA-0.hex"), "--crlg", file("full.crl.crlg.cert"),
                "--crlg-key", file("full.crl.crlg.key"));
        assertThat(delta.exit()).as(delta.err()).isZero();
        assertThat(delta.out()).contains("deltaHashCrl crlSerial 8").doesNotContain("crlg.key");

        // given delta first: the command puts them in chain order
        Outcome check = Cli.scmsim("pki", "crl", "check", "--crl", file("delta.crl"), "--crl", file("full.crl"),
                "--cert", resource("kr-pseudonym-1AA-0.hex"), "--crlg", file("full.crl.crlg.cert"), "--at", DAY2);
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("-> ACCEPTED_FULL").contains("-> ACCEPTED_DELTA").contains("2 entries, CURRENT")
                .contains(": REVOKED").contains("hash entry");
        Outcome first = Cli.scmsim("pki", "crl", "check", "--crl", file("delta.crl"), "--crl", file("full.crl"),
                "--cert", resource("kr-rsu-app-cert.hex"), "--crlg", file("full.crl.crlg.cert"), "--at", DAY2);
        assertThat(first.out()).contains(": REVOKED");
        // the full CRL alone does not revoke the certificate the delta added
        Outcome fullOnly = Cli.scmsim("pki", "crl", "check", "--crl", file("full.crl"), "--cert", resource("kr-pseudonym-1AA-0.hex"));
        assertThat(fullOnly.out()).contains("NOT_REVOKED");
    }

    @Test
    void linkageAndGroupDeltasAndTheRefusals() {
        Outcome full = Cli.scmsim("pki", "crl", "make", "--out", file("l0.crl"), "--i-rev", "0x1A9", "--issue-date", DAY1,
                "--type", "linkage");
        assertThat(full.exit()).as(full.err()).isZero();
        assertThat(full.out()).contains("fullLinkedCrl iRev 425 indexWithinI 0, 0 entries");
        String crlg = file("l0.crl.crlg.cert");
        String key = file("l0.crl.crlg.key");
        Outcome d1 = Cli.scmsim("pki", "crl", "make", "--out", file("l1.crl"), "--delta", "--i-rev", "0x1A9", "--index-within-i", "1",
                "--issue-date", DAY2, "--revoke-device", SEEDS, "--revoke-group",
                "0001:0002:000102030405060708090a0b0c0d0e0f:f0e0d0c0b0a090807060504030201000:600", "--crlg", crlg, "--crlg-key", key);
        assertThat(d1.exit()).as(d1.err()).isZero();
        Outcome inspect = Cli.scmsim("pki", "crl", "inspect", file("l1.crl"), "--crlg", crlg);
        assertThat(inspect.out()).contains("deltaLinkedCrl").contains("1 individual, 1 group entries").contains("group  la1Id 0001")
                .contains("signature: VALID");
        Outcome check = Cli.scmsim("pki", "crl", "check", "--crl", file("l0.crl"), "--crl", file("l1.crl"),
                "--cert", resource("kr-pseudonym-1AA-0.hex"), "--crlg", crlg, "--at", DAY2, "--fail-if-revoked");
        assertThat(check.exit()).as(check.err()).isEqualTo(3);
        assertThat(check.out()).contains("merged: crlSeries 1, 2 entries").contains("lv(i=426, j=0) matches");

        // a gap: indexWithinI 3 after 0 and 1
        Cli.scmsim("pki", "crl", "make", "--out", file("l3.crl"), "--delta", "--i-rev", "0x1A9", "--index-within-i", "3",
                "--issue-date", DAY2, "--type", "linkage", "--crlg", crlg, "--crlg-key", key);
        Outcome gap = Cli.scmsim("pki", "crl", "check", "--crl", file("l0.crl"), "--crl", file("l1.crl"), "--crl", file("l3.crl"),
                "--cert", resource("kr-pseudonym-1AA-0.hex"), "--crlg", crlg, "--at", DAY2);
        assertThat(gap.exit()).isEqualTo(2);
        assertThat(gap.err()).contains("l3.crl").contains("OUT_OF_ORDER").doesNotContain("Exception");
        // another generator's delta does not verify
        Cli.scmsim("pki", "crl", "make", "--out", file("other.crl"), "--delta", "--i-rev", "0x1A9", "--index-within-i", "2",
                "--issue-date", DAY2, "--type", "linkage");
        Outcome foreign = Cli.scmsim("pki", "crl", "check", "--crl", file("l0.crl"), "--crl", file("other.crl"),
                "--cert", resource("kr-pseudonym-1AA-0.hex"), "--crlg", crlg, "--at", DAY2);
        assertThat(foreign.exit()).isEqualTo(2);
        assertThat(foreign.err()).contains("WRONG_CRACA");
        Outcome noCrlg = Cli.scmsim("pki", "crl", "check", "--crl", file("l0.crl"), "--crl", file("l1.crl"),
                "--cert", resource("kr-pseudonym-1AA-0.hex"));
        assertThat(noCrlg.exit()).isEqualTo(2);
        assertThat(noCrlg.err()).contains("needs --crlg");
        Outcome wrongKey = Cli.scmsim("pki", "crl", "make", "--out", file("x.crl"), "--type", "hash", "--crlg", crlg, "--crlg-key",
                file("other.crl.crlg.key"));
        assertThat(wrongKey.exit()).isEqualTo(2);
        assertThat(wrongKey.err()).contains("not the private key of --crlg");
        Outcome noEntries = Cli.scmsim("pki", "crl", "make", "--out", file("y.crl"));
        assertThat(noEntries.exit()).isEqualTo(2);
        assertThat(noEntries.err()).contains("--type hash|linkage");
    }
}
