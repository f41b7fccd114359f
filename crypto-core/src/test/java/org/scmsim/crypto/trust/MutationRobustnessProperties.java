package org.scmsim.crypto.trust;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.scmsim.crypto.Vectors;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.Randomness;

/**
 * Random multi-byte corruption of real certificates and messages: decoding fails with
 * DecodeException or succeeds, and whatever decodes is validated without any exception escaping
 * (a verdict always comes back).
 */
class MutationRobustnessProperties {

    private static final Vectors CA = Vectors.load("kr_bluetech_ca_certs.txt");
    private static final Vectors SPDU = Vectors.load("kr_bluetech_signed_spdu_implicit.txt");
    private static final Time32 AT = Time32.of(Instant.parse("2023-03-01T12:00:00Z"));

    private final Certificate rca = decode(CA.hex("RCA_CERT_HEX"));
    private final Certificate ica = decode(CA.hex("ICA_CERT_HEX"));
    private final Certificate pca = decode(CA.hex("PCA_CERT_HEX"));
    private final ChainValidator chains = new ChainValidator(new BcEcBackend(Randomness.deterministic(1, "m")), TrustStore.of(rca));
    private final MessageValidator messages = new MessageValidator(chains);

    private static Certificate decode(byte[] b) {
        try {
            return Certificates.decode(b);
        } catch (DecodeException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] mutate(byte[] original, int[] positions, byte[] values) {
        byte[] b = original.clone();
        for (int k = 0; k < positions.length && k < values.length; k++) {
            b[Math.floorMod(positions[k], b.length)] = values[k];
        }
        return b;
    }

    @Property(tries = 300)
    void corruptedCertificatesGetAVerdict(@ForAll @IntRange(min = 0, max = 3) int which,
                                          @ForAll @Size(min = 1, max = 6) int[] positions, @ForAll @Size(min = 6, max = 6) byte[] values) {
        String[] names = {"ICA_CERT_HEX", "PCA_CERT_HEX", "RA_CERT_HEX", "CRLG_CERT_HEX"};
        byte[] b = mutate(CA.hex(names[which]), positions, values);
        try {
            Certificate c = Certificates.decode(b);
            chains.validate(c, List.of(ica, pca), AT).verdict();
        } catch (DecodeException expected) {
            // fine
        }
    }

    @Property(tries = 300)
    void corruptedMessagesGetAVerdict(@ForAll @IntRange(min = 0, max = 2) int which,
                                      @ForAll @Size(min = 1, max = 6) int[] positions, @ForAll @Size(min = 6, max = 6) byte[] values) {
        String[] names = {"PSEUDONYM_SPDU", "PSEUDONYM_DIGEST_SPDU", "APP_CERT_SPDU"};
        byte[] b = mutate(SPDU.hex(names[which]), positions, values);
        try {
            Spdu s = Spdu.decode(b);
            messages.validate(s, List.of(ica, pca), Optional.of(AT)).verdict();
        } catch (DecodeException expected) {
            // fine
        }
    }
}
