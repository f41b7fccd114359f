package org.scmsim.crypto.misbehavior;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.crl.LinkedRevocation;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.ecies.Ecies;
import org.scmsim.crypto.data.EncryptedMessage;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.scms.LinkageAuthority;
import org.scmsim.crypto.scms.LinkageChainId;
import org.scmsim.crypto.scms.LinkageInfo;
import org.scmsim.crypto.scms.Pca;

/**
 * The misbehavior authority: reads J3287 reports ({@link #receive}: decrypt with its encryption key,
 * verify the reporter's pseudonym signature, verify each evidence message against its signer's
 * certificate), and turns a
 * suspect certificate into a linkage-CRL entry: the PCA gives the certificate's encrypted
 * pre-linkage values, each LA names the chain they came from and releases its seed at iRev.
 */
public final class MisbehaviorAuthority {

    private final EcBackend backend;
    private final Certificate certificate;
    private final EcKeyPair encryptionKey;
    private final Certificate pca;
    private final ECPoint pcaKey;

    public MisbehaviorAuthority(EcBackend backend, Certificate certificate, EcKeyPair encryptionKey, Certificate pca, ECPoint pcaKey) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.encryptionKey = Objects.requireNonNull(encryptionKey, "encryptionKey");
        this.pca = Objects.requireNonNull(pca, "pca");
        this.pcaKey = Objects.requireNonNull(pcaKey, "pcaKey");
    }

    /**
     * Reads a {@code SaeJ3287Data}: only the signed-then-encrypted form is accepted; decrypt with
     * the MA's key, verify the reporter's pseudonym signature (PSID 38, certificate from the trusted
     * PCA), decode the report, then check each evidence PDU against its signer's certificate (the
     * one it carries, or the stream's {@code certificate} when it names its signer by digest).
     */
    public ReceivedReport receive(byte[] report) {
        SaeJ3287Data outer;
        try {
            outer = SaeJ3287Data.decode(report);
        } catch (DecodeException e) {
            return ReceivedReport.rejected(ReportVerdict.MALFORMED, e.getMessage());
        }
        if (outer.type() != SaeJ3287Data.ContentType.SIGNED_THEN_ENCRYPTED) {
            return ReceivedReport.rejected(ReportVerdict.NOT_ENCRYPTED, "content is " + outer.type());
        }
        byte[] signed;
        try {
            EncryptedMessage env = EncryptedMessage.decode(outer.content(), "SaeJ3287Mbr-STE");
            if (!env.recipientId().equals(certificate.hashedId8())) {
                return ReceivedReport.rejected(ReportVerdict.NOT_DECRYPTABLE, "addressed to " + env.recipientId().hex());
            }
            signed = env.decrypt(backend, encryptionKey.privateKey(), Ecies.p1ForCertificate(certificate.encoded()));
        } catch (DecodeException e) {
            return ReceivedReport.rejected(ReportVerdict.MALFORMED, e.getMessage());
        } catch (DecryptionException e) {
            return ReceivedReport.rejected(ReportVerdict.NOT_DECRYPTABLE, e.getMessage());
        }
        SignedMessage envelope;
        MisbehaviorReport content;
        try {
            envelope = SignedMessage.decode(signed, "SaeJ3287Mbr-Signed");
            if (envelope.psid() != MisbehaviorReporter.MBR_PSID) {
                return ReceivedReport.rejected(ReportVerdict.WRONG_PSID, "signed with psid " + envelope.psid() + ", not 38");
            }
            content = MisbehaviorReport.decode(envelope.payload());
        } catch (DecodeException e) {
            return ReceivedReport.rejected(ReportVerdict.MALFORMED, e.getMessage());
        }
        Optional<Certificate> reporter = envelope.signerCertificate();
        if (reporter.isEmpty() || !fromPca(reporter.get())) {
            return ReceivedReport.rejected(ReportVerdict.UNKNOWN_REPORTER_ISSUER, "reporter certificate not from PCA "
                    + pca.hashedId8().hex());
        }
        if (!envelope.verify(backend, reporter.get(), keyOf(reporter.get()))) {
            return ReceivedReport.rejected(ReportVerdict.BAD_REPORTER_SIGNATURE, "reporter " + reporter.get().hashedId8().hex());
        }
        List<EvidenceCheck> checks = new ArrayList<>();
        for (V2xPduStream stream : content.v2xPduEvidence()) {
            for (byte[] pdu : stream.pdus()) {
                checks.add(checkEvidence(pdu, stream.certificate()));
            }
        }
        return new ReceivedReport(ReportVerdict.ACCEPTED, reporter, Optional.of(content), checks, "accepted");
    }

    private EvidenceCheck checkEvidence(byte[] spdu, Optional<Certificate> streamCertificate) {
        SignedMessage msg;
        try {
            msg = SignedMessage.decode(spdu, "evidence");
        } catch (DecodeException e) {
            return new EvidenceCheck(Optional.empty(), EvidenceCheck.EvidenceStatus.MALFORMED, e.getMessage());
        }
        Optional<Certificate> signer = msg.signerCertificate()
                .or(() -> streamCertificate.filter(c -> msg.signerId().map(c.hashedId8()::equals).orElse(false)));
        if (signer.isEmpty()) {
            return new EvidenceCheck(Optional.empty(), EvidenceCheck.EvidenceStatus.MALFORMED,
                    "signer " + msg.signerId().map(HashedId8::hex).orElse("(none)") + " given by digest and not in the stream's certificate");
        }
        Certificate suspect = signer.get();
        if (!fromPca(suspect)) {
            return new EvidenceCheck(Optional.of(suspect), EvidenceCheck.EvidenceStatus.UNKNOWN_ISSUER, "issuer not the PCA");
        }
        boolean ok = msg.verify(backend, suspect, keyOf(suspect));
        return new EvidenceCheck(Optional.of(suspect), ok ? EvidenceCheck.EvidenceStatus.AUTHENTIC
                : EvidenceCheck.EvidenceStatus.BAD_SIGNATURE, suspect.hashedId8().hex());
    }

    private boolean fromPca(Certificate c) {
        return c.issuerId().map(pca.hashedId8()::equals).orElse(false);
    }

    private ECPoint keyOf(Certificate c) {
        return c.isImplicit() ? Ecqv.reconstructPublicKey(backend, c, pca, pcaKey) : c.verificationKey().orElseThrow();
    }

    /**
     * The linkage-CRL entry that revokes every certificate of the device holding {@code suspect}
     * from period {@code iRev} to {@code iMax}: the PCA's record of the certificate, each LA's chain
     * and its seed at iRev.
     *
     * @return empty if the PCA did not issue the certificate or an LA does not know its value
     */
    public Optional<LinkedRevocation> revocationFor(Certificate suspect, Pca issuingPca, LinkageAuthority la1,
            LinkageAuthority la2, int iRev, int iMax) {
        Optional<LinkageInfo> info = issuingPca.linkageInfo(suspect.hashedId8());
        if (info.isEmpty()) {
            return Optional.empty();
        }
        Optional<LinkageChainId> c1 = la1.identify(info.get().plv1());
        Optional<LinkageChainId> c2 = la2.identify(info.get().plv2());
        if (c1.isEmpty() || c2.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LinkedRevocation(issuingPca.profile().certificatesPerPeriod(), la1.id(), la2.id(), iMax,
                la1.seedAt(c1.get(), iRev), la2.seedAt(c2.get(), iRev)));
    }
}
