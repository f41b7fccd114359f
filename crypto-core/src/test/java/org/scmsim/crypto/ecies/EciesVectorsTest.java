package org.scmsim.crypto.ecies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scmsim.crypto.vectors.VectorFile;

/** CAMP {@code ecies.txt} with the P1 of its erratum; vector #1 is 1609.2-2016 Annex D.6.2 ECIES1. */
class EciesVectorsTest {

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final String P1_12 = "A6B7B52554B4203F7E3ACFDB3A3ED8674EE086CE5906A7CAC2F8A398306D3BE9";
    private static final String P1_34 = "05BED5F867B89F30FE5552DF414B65B9DD4073FC385D14921C641A145AA12051";

    @ParameterizedTest(name = "vector #{0}")
    @CsvSource({"1," + P1_12, "2," + P1_12, "3," + P1_34, "4," + P1_34})
    void wrapsAndUnwrapsAsTheCampVectors(int n, String p1Hex) throws Exception {
        VectorFile v = VectorFile.load("camp_ecies.txt").section("Test Vector #" + n, 0);
        byte[] p1 = HexFormat.of().parseHex(p1Hex);
        BigInteger eph = v.integer("v =");
        byte[] k = v.bytes("k =");
        BigInteger r = v.integer("r =");
        ECPoint recipient = P256.getCurve().createPoint(v.integer("Rx ="), v.integer("Ry ="));

        WrappedKey wrapped = Ecies.wrap(recipient, eph, k, p1);

        assertThat(wrapped.v().getAffineXCoord().toBigInteger()).isEqualTo(v.integer("Vx ="));
        assertThat(wrapped.v().getAffineYCoord().toBigInteger()).isEqualTo(v.integer("Vy ="));
        assertThat(wrapped.c()).isEqualTo(v.bytes("C ="));
        assertThat(wrapped.t()).isEqualTo(v.bytes("T ="));
        assertThat(Ecies.unwrap(r, wrapped, p1)).isEqualTo(k);
    }

    @ParameterizedTest(name = "vector #{0}")
    @CsvSource({"1", "3"})
    void thePrintedP1DoesNotReproduceTheVectorsSoTheErratumIsNeeded(int n) {
        VectorFile v = VectorFile.load("camp_ecies.txt").section("Test Vector #" + n, 0);
        ECPoint recipient = P256.getCurve().createPoint(v.integer("Rx ="), v.integer("Ry ="));
        WrappedKey wrapped = Ecies.wrap(recipient, v.integer("v ="), v.bytes("k ="), v.bytes("P1 ="));
        assertThat(wrapped.t()).isNotEqualTo(v.bytes("T ="));
    }

    @ParameterizedTest(name = "vector #{0}")
    @CsvSource({"1," + P1_12})
    void aWrongKeyOrAlteredTagIsRejected(int n, String p1Hex) {
        VectorFile v = VectorFile.load("camp_ecies.txt").section("Test Vector #" + n, 0);
        byte[] p1 = HexFormat.of().parseHex(p1Hex);
        ECPoint recipient = P256.getCurve().createPoint(v.integer("Rx ="), v.integer("Ry ="));
        WrappedKey wrapped = Ecies.wrap(recipient, v.integer("v ="), v.bytes("k ="), p1);
        assertThatThrownBy(() -> Ecies.unwrap(v.integer("r =").add(BigInteger.ONE), wrapped, p1))
                .isInstanceOf(DecryptionException.class);
        byte[] t = wrapped.t();
        t[0] ^= 1;
        WrappedKey altered = new WrappedKey(wrapped.v(), wrapped.c(), t);
        assertThatThrownBy(() -> Ecies.unwrap(v.integer("r ="), altered, p1)).isInstanceOf(DecryptionException.class);
        assertThatThrownBy(() -> Ecies.unwrap(v.integer("r ="), wrapped, Ecies.p1Empty()))
                .isInstanceOf(DecryptionException.class);
    }

    @org.junit.jupiter.api.Test
    void p1EmptyIsSha256OfNothing() {
        assertThat(HexFormat.of().formatHex(Ecies.p1Empty()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
