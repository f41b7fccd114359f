package org.scmsim.crypto.butterfly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.vectors.VectorFile;

/** CAMP {@code bfkeyexp.txt}: expansion of the signing and encryption caterpillar keys. */
class ButterflyExpansionVectorsTest {

    private final VectorFile file = VectorFile.load("camp_bfkeyexp.txt");
    private final VectorFile sign = file.section("Expanding Certificate key pair", 0);
    private final VectorFile enc = file.section("Expanding Encryption key pair", 0);
    private final long i = file.integer("i (32 bits):").longValueExact();
    private final long j = file.integer("j (in range").longValueExact();

    @Test
    void expansionFunctionMatchesCampForSigningAndEncryption() {
        assertThat(new ExpansionFunction(sign.bytes("ck:")).apply(ExpansionKind.SIGNING, i, j))
                .isEqualTo(sign.integer("f_k(x) = f_k^{int}(x) mod l"));
        assertThat(new ExpansionFunction(enc.bytes("ek:")).apply(ExpansionKind.ENCRYPTION, i, j))
                .isEqualTo(enc.integer("f_k(x) = f_k^{int}(x) mod l"));
    }

    @Test
    void deviceAndRaDeriveTheSameCocoonKeysAsCamp() {
        CaterpillarKeys keys = new CaterpillarKeys(sign.integer("a: Signing seed private key"), sign.bytes("ck:"),
                enc.integer("h: Signing seed private key"), enc.bytes("ek:"));
        List<String> pubA = sign.hexValues("A: Signing seed public key");
        assertThat(keys.params().signingKey().getAffineXCoord().toBigInteger()).isEqualTo(new BigInteger(pubA.get(0), 16));
        assertThat(keys.params().signingKey().getAffineYCoord().toBigInteger()).isEqualTo(new BigInteger(pubA.get(1), 16));

        BigInteger signingPriv = keys.signingPrivate(i, j);
        BigInteger encPriv = keys.encryptionPrivate(i, j);
        assertThat(signingPriv).isEqualTo(sign.integer("a + f_k(x_cert) mod l"));
        assertThat(encPriv).isEqualTo(enc.integer("h + f_k(x_enc) mod l"));

        CocoonKeys cocoon = keys.params().expand(i, j);
        assertPoint(cocoon.signing(), sign.hexValues("A + f_k(x_cert)*G_P256 mod l"));
        assertPoint(cocoon.encryption(), enc.hexValues("H + f_k(x_enc)*G_P256 mod l"));
        assertThat(P256.G.multiply(signingPriv).normalize()).isEqualTo(cocoon.signing());
        assertThat(P256.G.multiply(encPriv).normalize()).isEqualTo(cocoon.encryption());
    }

    @Test
    void weekExpansionEqualsOneByOneExpansion() {
        SecureRandom random = new SecureRandom(new byte[] {1});
        CaterpillarKeys keys = CaterpillarKeys.generate(random);
        List<CocoonKeys> week = keys.params().expandWeek(7, 20);
        assertThat(week).hasSize(20);
        for (CocoonKeys c : week) {
            assertThat(c.i()).isEqualTo(7);
            CocoonKeys one = keys.params().expand(7, c.j());
            assertThat(c.signing()).isEqualTo(one.signing());
            assertThat(c.encryption()).isEqualTo(one.encryption());
            assertThat(P256.G.multiply(keys.signingPrivate(7, c.j())).normalize()).isEqualTo(c.signing());
        }
        assertThat(week.get(0).signing()).isNotEqualTo(week.get(1).signing());
    }

    @Test
    void unifiedCocoonKeyIsOneKeyForBothUses() {
        UnifiedCaterpillarKey key = UnifiedCaterpillarKey.generate(new SecureRandom(new byte[] {2}));
        CocoonKeys c = key.params().expand(3, 5);
        assertThat(c.signing()).isEqualTo(c.encryption());
        assertThat(P256.G.multiply(key.signingPrivate(3, 5)).normalize()).isEqualTo(c.signing());
        assertThat(key.params().expandWeek(3, 6).get(5).signing()).isEqualTo(c.signing());
    }

    private static void assertPoint(ECPoint p, List<String> xy) {
        assertThat(p.getAffineXCoord().toBigInteger()).isEqualTo(new BigInteger(xy.get(0), 16));
        assertThat(p.getAffineYCoord().toBigInteger()).isEqualTo(new BigInteger(xy.get(1), 16));
    }
}
