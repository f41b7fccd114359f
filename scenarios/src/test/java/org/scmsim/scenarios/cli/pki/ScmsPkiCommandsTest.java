package org.scmsim.scenarios.cli.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine;

/** {@code scmsim pki open-batch} and {@code pki crl ...} on the real Korean SCMS data. */
class ScmsPkiCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Path resource(String name) {
        try {
            return Path.of(ScmsPkiCommandsTest.class.getResource("/pki/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run run(String... args) {
        CommandLine cl = ScmsimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void openBatchOpensAllTwentyRealResponsesFromADirectoryAndAZip() throws IOException {
        Run dir = run("pki", "open-batch", resource("kr-batch").toString(), "--secrets", resource("kr-secrets.json").toString(),
                "--pca", resource("kr-pca.hex").toString());
        assertThat(dir.exit()).as(dir.err()).isZero();
        assertThat(dir.out()).contains("20 of 20 responses check out")
                .contains("575356615e44c8d25cd18be5f50e588997ebb7fd38017f897a8ef8f54b6b33b0")   // PRIV_0
                .contains("e4163fa00f3579621c");                                                   // lv of j = 0
        Path zip = tmp.resolve("c4e1f7bd5034f181_1A9.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os);
                Stream<Path> files = Files.list(resource("kr-batch"))) {
            files.sorted().forEach(f -> {
                try {
                    z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                    z.write(Files.readAllBytes(f));
                    z.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Run fromZip = run("pki", "open-batch", zip.toString(), "--secrets", resource("kr-secrets.json").toString(),
                "--pca", resource("kr-pca.hex").toString(), "--backend", "conscrypt");
        assertThat(fromZip.exit()).as(fromZip.err()).isZero();
        assertThat(fromZip.out()).contains("20 of 20 responses check out");
    }

    @Test
    void openBatchWithTheWrongSecretsReportsEachFailureAndExitsOne() throws IOException {
        Path secrets = tmp.resolve("s.json");
        Files.writeString(secrets, Files.readString(resource("kr-secrets.json")).replaceFirst("\"h\": \"B", "\"h\": \"C"));
        Run r = run("pki", "open-batch", resource("kr-batch").toString(), "--secrets", secrets.toString(),
                "--pca", resource("kr-pca.hex").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("NOT_DECRYPTABLE").contains("0 of 20 responses check out");
    }

    @Test
    void truncatedSecretsJsonIsNamedByLineAndColumnWithoutTheParsersInternals() throws IOException {
        Path cut = tmp.resolve("cut.json");
        Files.writeString(cut, "{\n  \"a\": \"12\",\n  \"ck\"");
        Run r = run("pki", "open-batch", resource("kr-batch").toString(), "--secrets", cut.toString(),
                "--pca", resource("kr-pca.hex").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --secrets " + cut + ": not valid JSON at line 3, column")
                .doesNotContain("REDACTED").doesNotContain("Source");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void openBatchBadInputIsOneClearLineWithExitTwo() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"a\": \"12\", \"ck\": \"00\"}");
        Run r = run("pki", "open-batch", resource("kr-batch").toString(), "--secrets", bad.toString(),
                "--pca", resource("kr-pca.hex").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--secrets").contains("'ck' must be 16 octets").doesNotContain("Exception");
        Run empty = run("pki", "open-batch", tmp.toString(), "--secrets", resource("kr-secrets.json").toString(),
                "--pca", resource("kr-pca.hex").toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("no response files");
        Run notCert = run("pki", "open-batch", resource("kr-batch").toString(), "--secrets", resource("kr-secrets.json").toString(),
                "--pca", resource("kr-secrets.json").toString());
        assertThat(notCert.exit()).isEqualTo(2);
        assertThat(notCert.err()).contains("--pca").contains("a text file that is not hex: line 1, column 1: '{'");
    }

    @Test
    void crlInspectAndCheckOnTheRealCrls() {
        Run inspect = run("pki", "crl", "inspect", resource("kr-linkage-crl.hex").toString(), "--crlg", resource("kr-crlg.hex").toString());
        assertThat(inspect.exit()).as(inspect.err()).isZero();
        assertThat(inspect.out()).contains("fullLinkedCrl, iRev 425 (0x1A9)").contains("la1Id 2aa0")
                .contains("6c7f04ae976b10907120eefccb37ac5d").contains("signature: VALID");
        Run revoked = run("pki", "crl", "check", "--crl", resource("kr-linkage-crl.hex").toString(),
                "--cert", resource("kr-pseudonym-1AA-0.hex").toString(), "--fail-if-revoked");
        assertThat(revoked.exit()).isEqualTo(3);
        assertThat(revoked.out()).contains("REVOKED").contains("lv(i=426, j=0) matches");
        Run hashNo = run("pki", "crl", "check", "--crl", resource("kr-hash-crl.hex").toString(),
                "--cert", resource("kr-pseudonym-1AA-0.hex").toString());
        assertThat(hashNo.exit()).isZero();
        assertThat(hashNo.out()).contains("NOT_REVOKED");
        Run hashYes = run("pki", "crl", "check", "--crl", resource("kr-hash-crl.hex").toString(),
                "--cert", resource("kr-rsu-app-cert.hex").toString(), "--crlg", resource("kr-crlg.hex").toString());
        assertThat(hashYes.out()).contains(": REVOKED").contains("hash entry 261d2baafe9ae842cb16").contains("signature: VALID");
    }

    @Test
    void crlMakeWritesASignedCrlThatRevokesTheRealCertificate() {
        Path out = tmp.resolve("test.crl");
        Run make = run("pki", "crl", "make", "--out", out.toString(), "--i-rev", "0x1A9", "--issue-date", "2023-03-01T00:00:00Z",
                "--revoke-device", "2aa0:0e7e:6c7f04ae976b10907120eefccb37ac5d:98e411a705b6e60d1c18404bd9aed8aa:580");
        assertThat(make.exit()).as(make.err()).isZero();
        assertThat(Files.exists(out)).isTrue();
        Run check = run("pki", "crl", "check", "--crl", out.toString(), "--cert", resource("kr-pseudonym-1AA-0.hex").toString(),
                "--crlg", out.resolveSibling("test.crl.crlg.cert").toString());
        assertThat(check.out()).contains(": REVOKED").contains("signature: VALID");
        Run bad = run("pki", "crl", "make", "--out", out.toString(), "--revoke-device", "2aa0:0e7e:00:00:5");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--revoke-device").doesNotContain("Exception");
        Run notCrl = run("pki", "crl", "inspect", resource("kr-pca.hex").toString());
        assertThat(notCrl.exit()).isEqualTo(2);
        assertThat(notCrl.err()).contains("not a SecuredCrl");
    }
}
