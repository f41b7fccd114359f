package org.scmsim.scenarios.cli.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scmsim.scenarios.cli.Cli.scmsim;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.scenarios.cli.Cli.Outcome;

/** {@code scmsim pki inspect / verify / verify-message / issue} on real vectors (see resources pki/README.md). */
class PkiCommandsTest {

    @TempDir
    Path dir;

    static String res(String name) {
        try {
            return Path.of(PkiCommandsTest.class.getResource("/pki/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void inspectAPseudonymCertificateShowsLinkageValidityAndHashedId8() {
        Outcome o = scmsim("pki", "inspect", res("kr_pseudonym_1a9_0.hex"));
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("type: implicit", "issuer: sha256AndDigest 2abad5e80d25da1b", "iCert: 425",
                "linkageValue: e4163fa00f3579621c", "2023-02-28T08:59:58Z (Time32 604659603)", "duration: 169 hours",
                "country 410", "32 (0x20)", "135 (0x87)", "reconstructionValue:");
    }

    @Test
    void inspectBinaryCoerAsJson() throws Exception {
        Path bin = dir.resolve("rca.cert");
        Files.write(bin, HexFormat.of().parseHex(Files.readString(Path.of(res("kr_rca.hex"))).strip()));
        Outcome o = scmsim("pki", "inspect", "--json", bin.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(o.out());
        assertThat(j.get("hashedId8").asText()).isEqualTo("55f881a13f7e0361");
        assertThat(j.get("issuer").asText()).startsWith("self");
        assertThat(j.get("id").asText()).isEqualTo("name rca.scms.co.kr");
        assertThat(j.get("certIssuePermissions").isArray()).isTrue();
    }

    @Test
    void inspectSignedAndEncryptedData() {
        Outcome cam = scmsim("pki", "inspect", res("vanetza_cam.hex"));
        assertThat(cam.exit()).as(cam.err()).isZero();
        assertThat(cam.out()).contains("content: signedData", "psid: 36 (0x24)", "generationTime: 2019-11-",
                "type: certificate", "hashedId8: 127cff384ce0b890", "bitmapSsp 010000");
        Outcome enc = scmsim("pki", "inspect", res("kr_provisioning_request.hex"));
        assertThat(enc.exit()).as(enc.err()).isZero();
        assertThat(enc.out()).contains("content: encryptedData", "kind: certRecipInfo", "recipientId: 170b34d8750a8ed7",
                "hashedId8: c4e1f7bd5034f181");
    }

    @Test
    void inspectGarbageIsBadInputNamingTheOffset() throws Exception {
        Path f = dir.resolve("bad.hex");
        Files.writeString(f, "80 03 00 80 01 02\n");
        Outcome o = scmsim("pki", "inspect", f.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("not a valid IEEE 1609.2 structure", "byte offset").doesNotContain("Exception:\n\tat");
        assertThat(scmsim("pki", "inspect", dir.resolve("missing").toString()).err()).contains("no such file");
        Files.writeString(f, "abc");
        assertThat(scmsim("pki", "inspect", f.toString()).err()).contains("odd number");
    }

    @Test
    void hexTextWithAStrayCharacterIsNamedByLineAndColumnNotReadAsBinary() throws Exception {
        Path f = dir.resolve("cert.hex");
        String hex = Files.readString(Path.of(res("kr_rca.hex"))).strip();
        Files.writeString(f, "# RCA\n" + hex.substring(0, 40) + "\n" + hex.substring(40, 60) + "zz" + hex.substring(62) + "\n");
        Outcome o = scmsim("pki", "inspect", f.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("cert.hex: a text file that is not hex: line 3, column 21: 'z' is not a hex digit").doesNotContain("IEEE 1609.2 structure");
        assertThat(o.err().lines()).hasSize(1);
        Outcome crl = scmsim("pki", "crl", "inspect", f.toString());
        assertThat(crl.exit()).isEqualTo(2);
        assertThat(crl.err()).startsWith("error: " + f + ": a text file that is not hex: line 3").doesNotContain("error: FILE");
    }

    @Test
    void issueUnderAFileIsBadInputBeforeAnyKeyIsMade() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Outcome o = scmsim("pki", "issue", "--out", file.resolve("pki").toString(), "--seed", "7");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("error: --out " + file.resolve("pki") + ": cannot create the folder, " + file + " is a file");
    }

    @Test
    void verifyThePseudonymChainAndPrintTheReconstructedKey() throws Exception {
        Outcome o = scmsim("pki", "verify", res("kr_pseudonym_1a9_0.hex"), "--issuer", res("kr_pca.hex"),
                "--chain", res("kr_ica.hex"), res("kr_rca.hex"), "--at", "2023-03-01T12:00:00Z");
        assertThat(o.exit()).as(o.out() + o.err()).isZero();
        String expectedKey = HexFormat.of().formatHex(EcCurve.NIST_P256.multiplyGenerator(
                new java.math.BigInteger(Files.readString(Path.of(res("kr_pseudonym_1a9_0.priv"))).strip(), 16)).getEncoded(true));
        assertThat(o.out()).contains("verdict: VALID", "reconstructedPublicKey: " + expectedKey, "55f881a13f7e0361 rca.scms.co.kr (root)");

        Outcome late = scmsim("pki", "verify", res("kr_pseudonym_1a9_0.hex"), "--issuer", res("kr_pca.hex"),
                "--chain", res("kr_ica.hex"), res("kr_rca.hex"), "--at", "2023-04-01");
        assertThat(late.exit()).isEqualTo(1);
        assertThat(late.out()).contains("verdict: EXPIRED");

        Outcome noRoot = scmsim("pki", "verify", res("kr_pseudonym_1a9_0.hex"), "--issuer", res("kr_pca.hex"));
        assertThat(noRoot.exit()).isEqualTo(2);
        assertThat(noRoot.err()).contains("no root certificate");

        Outcome badTime = scmsim("pki", "verify", res("kr_rca.hex"), "--issuer", res("kr_rca.hex"), "--at", "yesterday");
        assertThat(badTime.exit()).isEqualTo(2);
        assertThat(badTime.err()).contains("--at yesterday");
    }

    @Test
    void namedValuesOfTheVectorFilesThemselvesAreInputs() {
        String ca = res("kr_bluetech_ca_certs.txt");
        String prov = res("kr_bluetech_pseudonym_provisioning.txt");
        Outcome rca = scmsim("pki", "inspect", ca + "#RCA_CERT_HEX");
        assertThat(rca.exit()).as(rca.err()).isZero();
        assertThat(rca.out()).contains("hashedId8: 55f881a13f7e0361");
        for (int j = 0; j < 20; j++) {
            Outcome v = scmsim("pki", "verify", prov + "#CERT_" + j, "--issuer", ca + "#PCA_CERT_HEX",
                    "--chain", ca + "#ICA_CERT_HEX", ca + "#RCA_CERT_HEX", "--at", "2023-03-01T12:00:00Z");
            assertThat(v.exit()).as(v.out() + v.err()).isZero();
        }
        Outcome crl = scmsim("pki", "inspect", res("kr_bluetech_linkage_crl.txt") + "#lv_crl_down");
        assertThat(crl.exit()).as(crl.err()).isZero();
        assertThat(crl.out()).contains("wrapper: CRL download", "content: signedData", "psid: 35 (0x23)", "hashedId8: 22217322023a8435");
        Outcome missing = scmsim("pki", "inspect", ca + "#NO_SUCH_VALUE");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no hex value named NO_SUCH_VALUE");
    }

    @Test
    void verifyMessagesSignedWithImplicitAndExplicitCertificates() {
        Outcome o = scmsim("pki", "verify-message", res("kr_pseudonym_spdu.hex"), "--chain", res("kr_pca.hex"),
                res("kr_ica.hex"), res("kr_rca.hex"), "--at", "2023-03-01T12:00:00Z");
        assertThat(o.exit()).as(o.out() + o.err()).isZero();
        assertThat(o.out()).contains("signature: VALID", "verdict: VALID");

        Outcome digest = scmsim("pki", "verify-message", res("kr_pseudonym_digest_spdu.hex"), "--signer", res("kr_pseudonym_1a9_b.hex"),
                "--chain", res("kr_pca.hex"), res("kr_ica.hex"), res("kr_rca.hex"), "--at", "2023-03-01T12:00:00Z");
        assertThat(digest.exit()).as(digest.out() + digest.err()).isZero();

        Outcome noSigner = scmsim("pki", "verify-message", res("kr_pseudonym_digest_spdu.hex"));
        assertThat(noSigner.exit()).isEqualTo(2);
        assertThat(noSigner.err()).contains("--signer");

        // the VW CAM: its signature verifies; its AA and root are not in our vectors, so the chain cannot be trusted
        Outcome cam = scmsim("pki", "verify-message", res("vanetza_cam.hex"));
        assertThat(cam.out()).contains("signature: VALID", "verdict: UNTRUSTED_ROOT");
        assertThat(cam.exit()).isEqualTo(1);
    }

    @Test
    void issueWritesAHierarchyThatVerifies() throws Exception {
        Path out = dir.resolve("pki");
        Outcome o = scmsim("pki", "issue", "--out", out.toString(), "--seed", "7", "--start", "2026-01-05", "--per-week", "3", "--hex");
        assertThat(o.exit()).as(o.err()).isZero();
        for (String f : new String[]{"rca.cert", "ica.cert", "pca.cert", "eca.cert", "ra.cert", "ra.enc.key", "ma.cert", "crlg.cert",
            "enrollment.cert", "enrollment.s", "enrollment.seed.key", "pseudonym/0_2.cert", "rsu-application.cert", "manifest.json"}) {
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
        }
        Outcome v = scmsim("pki", "verify", out.resolve("pseudonym/0_1.cert").toString(), "--issuer", out.resolve("pca.cert").toString(),
                "--chain", out.resolve("ica.cert").toString(), out.resolve("rca.cert").toString(), "--at", "2026-01-06");
        assertThat(v.exit()).as(v.out()).isZero();
        String key = Files.readString(out.resolve("pseudonym/0_1.key")).strip();
        String pub = HexFormat.of().formatHex(EcCurve.NIST_P256.multiplyGenerator(new java.math.BigInteger(key, 16)).getEncoded(true));
        assertThat(v.out()).contains("reconstructedPublicKey: " + pub);
        for (String ca : new String[]{"eca", "ra", "ma"}) {
            Outcome c = scmsim("pki", "verify", out.resolve(ca + ".cert").toString(), "--issuer", out.resolve("ica.cert").toString(),
                    "--chain", out.resolve("rca.cert").toString(), "--at", "2026-01-06");
            assertThat(c.exit()).as(ca + c.out()).isZero();
        }
        Outcome crlg = scmsim("pki", "verify", out.resolve("crlg.cert").toString(), "--issuer", out.resolve("rca.cert").toString(),
                "--at", "2026-01-06");
        assertThat(crlg.exit()).as(crlg.out()).isZero();

        Path again = dir.resolve("again");
        scmsim("pki", "issue", "--out", again.toString(), "--seed", "7", "--start", "2026-01-05", "--per-week", "3", "--hex");
        assertThat(Files.readString(again.resolve("pseudonym/0_2.cert"))).isEqualTo(Files.readString(out.resolve("pseudonym/0_2.cert")));

        Path brainpool = dir.resolve("brainpool");
        assertThat(scmsim("pki", "issue", "--out", brainpool.toString(), "--curve", "brainpoolP256r1").err()).contains("--explicit");
        Outcome bp = scmsim("pki", "issue", "--out", brainpool.toString(), "--curve", "brainpoolP256r1", "--explicit",
                "--start", "2026-01-05", "--per-week", "1", "--seed", "3");
        assertThat(bp.exit()).as(bp.err()).isZero();
        Outcome bpv = scmsim("pki", "verify", brainpool.resolve("pseudonym/0_0.cert").toString(), "--issuer",
                brainpool.resolve("pca.cert").toString(), "--chain", brainpool.resolve("ica.cert").toString(),
                brainpool.resolve("rca.cert").toString(), "--at", "2026-01-06");
        assertThat(bpv.exit()).as(bpv.out()).isZero();
        assertThat(scmsim("pki", "inspect", brainpool.resolve("rca.cert").toString()).out()).contains("brainpoolP256r1");

        Outcome refused = scmsim("pki", "issue", "--out", out.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("not empty");
    }
}
