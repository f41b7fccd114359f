package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.crl.CrlContentsCodec;
import org.scmsim.crypto.crl.SecuredCrl;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.vectors.VectorFile;

/**
 * Randomly corrupted real PCA responses and CRLs: opening gives an outcome (never an exception and
 * never OK for a changed response), decoding a CRL gives a DecodeException or a CRL.
 */
class CorruptedInputProperties {

    private static final VectorFile TRACE = VectorFile.load("kr_bluetech_pseudonym_provisioning.txt");
    private static final VectorFile CA = VectorFile.load("kr_bluetech_ca_certs.txt");
    private static final VectorFile CRL = VectorFile.load("kr_bluetech_linkage_crl.txt");

    /** Corruption: flip bits at some positions, or cut the input. */
    record Corruption(int position, int mask, int cut) {
        byte[] apply(byte[] in) {
            byte[] out = in.clone();
            if (cut > 0) {
                return java.util.Arrays.copyOf(out, Math.max(0, out.length - cut));
            }
            out[position % out.length] ^= (byte) mask;
            return out;
        }
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        return Combinators.combine(Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 255),
                Arbitraries.integers().between(0, 400).filter(c -> c % 3 == 0).map(c -> c % 7 == 0 ? c : 0)).as(Corruption::new);
    }

    @Property(tries = 150)
    void corruptedResponsesNeverOpenAndNeverThrow(@ForAll("corruptions") Corruption c) throws Exception {
        Certificate pca = Certificates.decode(CA.hex("PCA_CERT_HEX (200 bytes)"));
        CaterpillarKeys keys = new CaterpillarKeys(new BigInteger(TRACE.value("pseudonym_cert_prov_req_initial_verify_key_priv"), 16),
                TRACE.hex("pseudonym_cert_prov_req_initial_verify_key_exp"),
                new BigInteger(TRACE.value("pseudonym_cert_prov_req_encryption_key_priv"), 16),
                TRACE.hex("pseudonym_cert_prov_req_encryption_key_exp"));
        PseudonymOpener opener = new PseudonymOpener(EcBackends.createDefault(Randomness.secure()), keys, pca,
                pca.verificationKey().orElseThrow());
        byte[] original = TRACE.hex("RESP_5");
        byte[] bad = c.apply(original);
        OpenResult r = opener.open(0x1A9, 5, bad);
        assertThat(r.outcome()).isNotEqualTo(OpenOutcome.OK);
    }

    @Property(tries = 150)
    void corruptedCrlsDecodeOrFailCleanly(@ForAll("corruptions") Corruption c) {
        byte[] bad = c.apply(CRL.hex("lv_crl_down"));
        try {
            SecuredCrl.decode(bad);
        } catch (DecodeException expected) {
            // fine: a checked, located error
        }
        try {
            CrlContentsCodec.decode(java.util.Arrays.copyOfRange(bad, Math.min(10, bad.length), bad.length));
        } catch (DecodeException expected) {
            // fine
        }
    }
}
