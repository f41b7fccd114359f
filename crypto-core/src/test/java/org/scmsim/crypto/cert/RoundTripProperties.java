package org.scmsim.crypto.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.data.MessageSigner;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;

/** decode(encode(x)) = x for generated certificates (explicit and implicit) and signed messages. */
class RoundTripProperties {

    /** A template from generated field values (each property try builds a fresh one). */
    record Fields(int idKind, String name, int iCert, byte[] lv, long start, int durationUnit, int durationValue, int regionKind,
                  int country, List<Long> psids, byte[] ssp, int crlSeries) {

        CertificateTemplate template() {
            CertificateTemplate t = CertificateTemplate.create();
            switch (idKind) {
                case 0 -> t.name(name);
                case 1 -> t.linkage(iCert, lv);
                case 2 -> t.linkage(iCert, lv, new byte[]{0, 0, 0, 15}, lv);
                case 3 -> t.binaryId(lv);
                default -> t.noId();
            }
            t.validity(new Time32(start), switch (durationUnit) {
                case 0 -> Durations.seconds(durationValue);
                case 1 -> Durations.minutes(durationValue);
                case 2 -> Durations.hours(durationValue);
                default -> Durations.years(durationValue);
            });
            switch (regionKind) {
                case 1 -> t.countryRegion(country);
                case 2 -> t.circularRegion(400_000_000 + country, -800_000_000, 1000 + country);
                case 3 -> t.rectangularRegion(420_000_000, -840_000_000, 410_000_000, -830_000_000);
                default -> { }
            }
            for (int i = 0; i < psids.size(); i++) {
                if (i == 0 && ssp.length > 0) {
                    t.appPermission(psids.get(i), ssp);
                } else {
                    t.appPermission(psids.get(i));
                }
            }
            return t.crlSeries(crlSeries);
        }
    }

    @Provide
    Arbitrary<Fields> fields() {
        Arbitrary<Integer> idKind = Arbitraries.integers().between(0, 4);
        Arbitrary<String> name = Arbitraries.strings().alpha().numeric().withChars('.', '-').ofMinLength(1).ofMaxLength(40);
        Arbitrary<Integer> iCert = Arbitraries.integers().between(0, 65535);
        Arbitrary<byte[]> lv = Arbitraries.bytes().array(byte[].class).ofSize(9);
        Arbitrary<Long> start = Arbitraries.longs().between(0, Time32.MAX / 2);
        Arbitrary<Integer> unit = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> value = Arbitraries.integers().between(1, 60);
        Arbitrary<Integer> region = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> country = Arbitraries.integers().between(1, 999);
        Arbitrary<List<Long>> psids = Arbitraries.longs().between(0, 0x7fffffffL).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
        Arbitrary<byte[]> ssp = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(31);
        Arbitrary<Integer> crl = Arbitraries.integers().between(0, 65535);
        return Combinators.combine(List.<Arbitrary<Object>>of(idKind.asGeneric(), name.asGeneric(), iCert.asGeneric(), lv.asGeneric(),
                        start.asGeneric(), unit.asGeneric(), value.asGeneric(), region.asGeneric(), country.asGeneric(),
                        psids.asGeneric(), ssp.asGeneric(), crl.asGeneric()))
                .as(v -> new Fields((Integer) v.get(0), (String) v.get(1), (Integer) v.get(2), (byte[]) v.get(3), (Long) v.get(4),
                        (Integer) v.get(5), (Integer) v.get(6), (Integer) v.get(7), (Integer) v.get(8), castList(v.get(9)),
                        (byte[]) v.get(10), (Integer) v.get(11)));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> castList(Object o) {
        return (List<Long>) o;
    }

    private static SigningCredential ca(EcBackend backend, EcCurve curve) {
        EcKeyPair key = backend.generateKeyPair(curve);
        Certificate c = new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name("ca")
                .validity(new Time32(0), Durations.years(100)).issuePermission(1, -1, 0x80), key);
        return new SigningCredential(c, key);
    }

    @Property(tries = 60)
    void explicitCertificatesRoundTrip(@ForAll("fields") Fields f, @ForAll @IntRange(min = 0, max = 1) int curveIndex,
                                       @ForAll long seed) throws DecodeException {
        EcBackend backend = EcBackends.createDefault(Randomness.deterministic(seed, "explicit"));
        EcCurve curve = EcCurve.values()[curveIndex];
        SigningCredential ca = ca(backend, curve);
        EcKeyPair subject = backend.generateKeyPair(curve);
        Certificate c = new CertificateIssuer(backend).issueExplicit(f.template(), curve, subject.publicKey(), ca);
        Certificate back = Certificates.decode(c.encoded());
        assertThat(back).isEqualTo(c);
        assertThat(back.asn1()).isEqualTo(c.asn1());
        assertThat(back.verificationKey()).contains(subject.publicKey());
        assertThat(Certificates.verifySignature(backend, back, ca.certificate(), ca.keyPair().publicKey())).isTrue();
    }

    @Property(tries = 60)
    void implicitCertificatesRoundTripAndReconstruct(@ForAll("fields") Fields f, @ForAll long seed) throws DecodeException {
        EcBackend backend = EcBackends.createDefault(Randomness.deterministic(seed, "implicit"));
        SigningCredential ca = ca(backend, EcCurve.NIST_P256);
        EcKeyPair requester = backend.generateKeyPair(EcCurve.NIST_P256);
        ImplicitIssuance out = new CertificateIssuer(backend).issueImplicit(f.template(), requester.publicKey(), ca);
        Certificate back = Certificates.decode(out.certificate().encoded());
        assertThat(back).isEqualTo(out.certificate());
        assertThat(back.asn1()).isEqualTo(out.certificate().asn1());
        EcKeyPair kp = Ecqv.reconstructKeyPair(backend, back, ca.certificate(), ca.keyPair().publicKey(),
                out.reconstructionPrivate(), requester.privateKey());
        assertThat(EcCurve.NIST_P256.multiplyGenerator(kp.privateKey())).isEqualTo(kp.publicKey());
    }

    @Property(tries = 60)
    void signedMessagesRoundTripAndVerify(@ForAll @Size(max = 300) byte[] payload, @ForAll("psid") long psid,
                                          @ForAll("micros") long micros, @ForAll boolean digest, @ForAll long seed) throws DecodeException {
        EcBackend backend = EcBackends.createDefault(Randomness.deterministic(seed, "message"));
        SigningCredential ca = ca(backend, EcCurve.NIST_P256);
        MessageSigner signer = new MessageSigner(backend);
        Spdu spdu = signer.sign(ca, digest ? SignerType.DIGEST : SignerType.CERTIFICATE, psid, payload, new Time64(micros));
        Spdu back = Spdu.decode(spdu.encoded());
        assertThat(back).isEqualTo(spdu);
        assertThat(back.asn1()).isEqualTo(spdu.asn1());
        SignedMessage m = back.signed().orElseThrow();
        assertThat(m.psid()).isEqualTo(psid);
        assertThat(m.payloadBytes().orElseThrow()).isEqualTo(payload);
        assertThat(m.generationTime()).contains(new Time64(micros));
        assertThat(signer.verify(m, ca.certificate(), ca.keyPair().publicKey())).isTrue();
    }

    @Provide
    Arbitrary<Long> psid() {
        return Arbitraries.longs().between(0, 0x7fffffffL);
    }

    @Provide
    Arbitrary<Long> micros() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
    }

    @Property(tries = 200)
    void arbitraryBytesNeverEscapeAsRuntimeExceptions(@ForAll @Size(max = 200) byte[] bytes) {
        try {
            Certificates.decode(bytes);
        } catch (DecodeException expected) {
            // fine
        }
        try {
            Spdu.decode(bytes);
        } catch (DecodeException expected) {
            // fine
        }
    }
}
