package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.Randomness;

/** Same seeds, same calls: the same request, CA certificates and response bytes, on either backend. */
class ProvisioningDeterminismTest {

    private static List<byte[]> run(String backendName, long seed) throws Exception {
        EcBackend backend = EcBackends.create(backendName, Randomness.deterministic(seed, "pki"));
        PseudonymProfile profile = PseudonymProfile.campDefaults();
        Time32 now = profile.periodStart(650);
        ScmsHierarchy scms = ScmsHierarchy.create(backend, profile, now, Randomness.deterministic(seed, "ra"),
                Randomness.deterministic(seed, "la"));
        CaterpillarKeys keys = CaterpillarKeys.generate(Randomness.deterministic(seed, "device").random());
        byte[] request = PseudonymRequester.request(backend, keys, CertificateFormat.IMPLICIT, scms.enrollDevice(now), profile, now);
        ProvisioningHandle h = scms.ra().accept(request, 650, now);
        for (RaAcaCertRequestSpdu r : scms.ra().prepareWeek(h, 650, now)) {
            scms.ra().deliver(scms.pca().issuePseudonym(r, now));
        }
        List<byte[]> out = new ArrayList<>();
        out.add(scms.pcaCertificate().encoded());
        out.add(request);
        out.addAll(scms.ra().batch(h, 650).responses().values());
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bc", "conscrypt"})
    void sameSeedSameBytes(String backend) throws Exception {
        List<byte[]> a = run(backend, 42);
        List<byte[]> b = run(backend, 42);
        assertThat(a).hasSize(22);
        for (int k = 0; k < a.size(); k++) {
            assertThat(b.get(k)).as("item %d", k).isEqualTo(a.get(k));
        }
        assertThat(run(backend, 43).get(2)).isNotEqualTo(a.get(2));
    }
}
