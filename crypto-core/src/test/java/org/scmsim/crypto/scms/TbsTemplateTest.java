package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.Randomness;

/** The PCA's per-period tbs template patched with lv and key equals the full OER encoding. */
class TbsTemplateTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void patchedTemplateEqualsFullEncoding(boolean explicit) {
        PseudonymProfile profile = PseudonymProfile.campDefaults();
        ScmsHierarchy scms = ScmsHierarchy.create(EcBackends.create("bc", Randomness.deterministic(1, "tbs")), profile,
                new Time32(600_000_000L));
        Pca pca = scms.pca();
        // 0x025A and 0x5AC3: iCert's octets next to the linkage value equal the probe values' (0x5A, 0xC3)
        for (int i : new int[] {0, 425, 600, 0x5A, 0xC3, 0x025A, 0x5AC3, 0xC35A, 0xFFFF}) {
            TbsTemplate t = TbsTemplate.locate((lv, key) -> pca.encodeTbs(i, lv, key, explicit));
            assertThat(t).as("template for i=%d", i).isNotNull();
            Random r = new Random(i);
            for (int n = 0; n < 20; n++) {
                byte[] lv = new byte[9];
                r.nextBytes(lv);
                ECPoint key = EcCurve.NIST_P256.multiplyGenerator(new BigInteger(250, r).add(BigInteger.ONE));
                assertThat(t.patch(lv, key)).isEqualTo(pca.encodeTbs(i, lv, key, explicit));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theRasUncompressedRequestTemplateEqualsFullEncoding(boolean explicit) {
        PseudonymProfile profile = PseudonymProfile.campDefaults();
        ScmsHierarchy scms = ScmsHierarchy.create(EcBackends.create("bc", Randomness.deterministic(2, "tbs")), profile,
                new Time32(600_000_000L));
        Ra ra = scms.ra();
        for (int i : new int[] {0, 600, 0x025A, 0xFFFF}) {
            TbsTemplate t = TbsTemplate.locate((lv, key) -> ra.encodeRequestTbs(i, lv, key, explicit), PointEncoding.UNCOMPRESSED);
            assertThat(t).as("template for i=%d", i).isNotNull();
            assertThat(TbsTemplate.locate((lv, key) -> ra.encodeRequestTbs(i, lv, key, explicit), PointEncoding.COMPRESSED))
                    .as("the layout is checked: a compressed template does not fit an uncompressed encoding").isNull();
            Random r = new Random(i);
            for (int n = 0; n < 10; n++) {
                byte[] lv = new byte[9];
                r.nextBytes(lv);
                ECPoint key = EcCurve.NIST_P256.multiplyGenerator(new BigInteger(250, r).add(BigInteger.ONE));
                byte[] full = ra.encodeRequestTbs(i, lv, key, explicit);
                assertThat(t.patch(lv, key)).isEqualTo(full);
                assertThat(full[full.length - 65] & 0xFF).as("uncompressedP256 choice").isEqualTo(0x84);
            }
        }
    }
}
