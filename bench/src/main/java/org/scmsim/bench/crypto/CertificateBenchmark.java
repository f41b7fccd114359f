package org.scmsim.bench.crypto;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.math.ec.ECPoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.cert.ImplicitIssuance;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.data.MessageSigner;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.EcdsaSignature;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.trust.ChainValidator;
import org.scmsim.crypto.trust.MessageValidator;
import org.scmsim.crypto.trust.TrustStore;

/**
 * The certificate work of an SCMS and of a receiving vehicle, one operation per call, on a
 * generated RCA → ICA → PCA hierarchy with 102-byte-class implicit pseudonym certificates.
 * {@code backend} selects the EC backend by name (add "conscrypt" when available).
 *
 * <pre>
 * mvn -B -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar CertificateBenchmark -p backend=bc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CertificateBenchmark {

    @Param({"bc"})
    public String backend;

    private EcBackend ec;
    private CertificateIssuer issuer;
    private SigningCredential rca;
    private SigningCredential ica;
    private SigningCredential pca;
    private EcKeyPair requester;
    private CertificateTemplate pseudonymTemplate;
    private Certificate pseudonym;
    private byte[] pseudonymBytes;
    private byte[] pcaBytes;
    private BigInteger reconstructionPrivate;
    private byte[] hash;
    private EcdsaSignature signature;
    private byte[] compressedPcaKey;
    private byte[] signedMessage;
    private MessageSigner messages;
    private ChainValidator chains;
    private MessageValidator messageValidator;
    private SigningCredential obu;
    private Time32 now;

    @Setup
    public void setUp() throws DecodeException {
        ec = EcBackends.create(backend, Randomness.deterministic(1, "bench"));
        issuer = new CertificateIssuer(ec);
        Time32 start = Time32.of(Instant.parse("2026-01-05T00:00:00Z"));
        now = start.plusSeconds(86_400);
        EcKeyPair rk = ec.generateKeyPair(EcCurve.NIST_P256);
        rca = new SigningCredential(issuer.selfSigned(CertificateTemplate.create().name("rca").countryRegion(840)
                .validity(start, Durations.years(60)).issuePermission(1, -1, 0xC0), rk), rk);
        ica = explicit(rca, CertificateTemplate.create().name("ica").countryRegion(840).validity(start, Durations.years(20))
                .issuePermission(1, 1, 0xC0));
        pca = explicit(ica, CertificateTemplate.create().name("pca").countryRegion(840).validity(start, Durations.years(20))
                .issuePermission(1, 0, 0x80, 32, 35, 135));
        requester = ec.generateKeyPair(EcCurve.NIST_P256);
        pseudonymTemplate = CertificateTemplate.create().linkage(0x1A9, new byte[9]).validity(start, Durations.hours(169))
                .countryRegion(840).crlSeries(1).appPermission(32).appPermission(35).appPermission(135);
        ImplicitIssuance out = issuer.issueImplicit(pseudonymTemplate, requester.publicKey(), pca);
        pseudonym = out.certificate();
        pseudonymBytes = pseudonym.encoded();
        pcaBytes = pca.certificate().encoded();
        reconstructionPrivate = out.reconstructionPrivate();
        hash = Sha256.digest("benchmark".getBytes());
        signature = ec.sign(EcCurve.NIST_P256, pca.keyPair().privateKey(), hash);
        compressedPcaKey = pca.keyPair().publicKey().getEncoded(true);
        messages = new MessageSigner(ec);
        EcKeyPair obuKey = Ecqv.reconstructKeyPair(ec, pseudonym, pca.certificate(), pca.keyPair().publicKey(),
                reconstructionPrivate, requester.privateKey());
        obu = new SigningCredential(pseudonym, obuKey);
        signedMessage = messages.sign(obu, SignerType.CERTIFICATE, 32, new byte[40], Time64.of(Instant.parse("2026-01-06T00:00:00Z")))
                .encoded();
        chains = new ChainValidator(ec, TrustStore.of(rca.certificate()));
        messageValidator = new MessageValidator(chains);
    }

    private SigningCredential explicit(SigningCredential parent, CertificateTemplate t) {
        EcKeyPair k = ec.generateKeyPair(EcCurve.NIST_P256);
        return new SigningCredential(issuer.issueExplicit(t, EcCurve.NIST_P256, k.publicKey(), parent), k);
    }

    /** ECDSA P-256 signature of a 32-byte hash (RFC 6979 nonce). */
    @Benchmark
    public EcdsaSignature sign() {
        return ec.sign(EcCurve.NIST_P256, pca.keyPair().privateKey(), hash);
    }

    /** ECDSA verification under a long-lived key object (BC caches its tables). */
    @Benchmark
    public boolean verifyKnownKey() {
        return ec.verify(EcCurve.NIST_P256, pca.keyPair().publicKey(), hash, signature);
    }

    /** ECDSA verification under a key decoded from its compressed form each time. */
    @Benchmark
    public boolean verifyDecodedKey() {
        return ec.verify(EcCurve.NIST_P256, EcCurve.NIST_P256.decodePoint(compressedPcaKey), hash, signature);
    }

    /** PCA side of ECQV: one implicit pseudonym certificate and its r. */
    @Benchmark
    public ImplicitIssuance issueImplicit() {
        return issuer.issueImplicit(pseudonymTemplate, requester.publicKey(), pca);
    }

    /** Receiver side of ECQV: Q_U = e·P_U + Q_CA. */
    @Benchmark
    public ECPoint reconstructPublicKey() {
        return Ecqv.reconstructPublicKey(ec, pseudonym, pca.certificate(), pca.keyPair().publicKey());
    }

    /** Device side of ECQV: d_U = r + e·k_U, checked against Q_U. */
    @Benchmark
    public EcKeyPair reconstructKeyPair() {
        return Ecqv.reconstructKeyPair(ec, pseudonym, pca.certificate(), pca.keyPair().publicKey(), reconstructionPrivate,
                requester.privateKey());
    }

    /** COER decode (with canonical check) of a 100-byte implicit certificate. */
    @Benchmark
    public Certificate decodeImplicitCertificate() throws DecodeException {
        return Certificates.decode(pseudonymBytes);
    }

    /** COER decode of an explicit CA certificate (point decompression included). */
    @Benchmark
    public Certificate decodeExplicitCertificate() throws DecodeException {
        return Certificates.decode(pcaBytes);
    }

    /** COER encode of a certificate structure. */
    @Benchmark
    public Certificate encodeCertificate() {
        return Certificates.of(pseudonym.asn1());
    }

    /** Signing a 40-byte BSM-sized payload with the pseudonym certificate enclosed. */
    @Benchmark
    public Spdu signMessage() {
        return messages.sign(obu, SignerType.CERTIFICATE, 32, new byte[40], Time64.of(Instant.parse("2026-01-06T00:00:00Z")));
    }

    /** Receiving: decode, validate the signer chain (CA keys cached), reconstruct, verify. */
    @Benchmark
    public Object validateMessage() throws DecodeException {
        return messageValidator.validate(Spdu.decode(signedMessage), List.of(pca.certificate(), ica.certificate()), Optional.of(now));
    }
}
