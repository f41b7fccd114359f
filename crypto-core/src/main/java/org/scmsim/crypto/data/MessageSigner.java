package org.scmsim.crypto.data;

import java.util.List;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.HeaderInfo;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Content;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Data;
import org.bouncycastle.oer.its.ieee1609dot2.SequenceOfCertificate;
import org.bouncycastle.oer.its.ieee1609dot2.SignedData;
import org.bouncycastle.oer.its.ieee1609dot2.SignedDataPayload;
import org.bouncycastle.oer.its.ieee1609dot2.SignerIdentifier;
import org.bouncycastle.oer.its.ieee1609dot2.ToBeSignedData;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashAlgorithm;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Psid;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Time64;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcKeyPair;

/**
 * Signs {@code Ieee1609Dot2Data} signedData and checks such signatures. The signature is ECDSA over
 * {@code SHA-256( SHA-256(COER(tbsData)) || SHA-256(COER(signer certificate)) )} (IEEE 1609.2
 * §5.3.1; for signer {@code self} the second input is SHA-256 of the empty string).
 */
public final class MessageSigner {

    private static final UINT8 VERSION = new UINT8(3);

    private final EcBackend backend;

    public MessageSigner(EcBackend backend) {
        this.backend = backend;
    }

    /**
     * Signs an unsecured payload with header {@code psid} and {@code generationTime}; the signer is
     * identified by {@code signerType} (DIGEST or CERTIFICATE).
     */
    public Spdu sign(SigningCredential signer, SignerType signerType, long psid, byte[] payload,
                     org.scmsim.crypto.base.Time64 generationTime) {
        HeaderInfo header = HeaderInfo.builder()
                .setPsid(new Psid(psid))
                .setGenerationTime(new Time64(generationTime.micros()))
                .createHeaderInfo();
        return sign(signer, signerType, header, payload);
    }

    /** Signs an unsecured payload under a caller-built header. */
    public Spdu sign(SigningCredential signer, SignerType signerType, HeaderInfo header, byte[] payload) {
        Ieee1609Dot2Data inner = new Ieee1609Dot2Data(VERSION, Ieee1609Dot2Content.unsecuredData(payload));
        ToBeSignedData tbs = new ToBeSignedData(SignedDataPayload.builder().setData(inner).createSignedDataPayload(), header);
        return sign(signer, signerType, tbs);
    }

    /** Signs a ready {@code ToBeSignedData}. */
    public Spdu sign(SigningCredential signer, SignerType signerType, ToBeSignedData tbs) {
        Certificate cert = signer.certificate();
        SignerIdentifier sid = switch (signerType) {
            case DIGEST -> SignerIdentifier.digest(new HashedId8(cert.hashedId8().bytes()));
            case CERTIFICATE -> SignerIdentifier.certificate(new SequenceOfCertificate(
                    List.of(org.bouncycastle.oer.its.ieee1609dot2.Certificate.getInstance(cert.asn1()))));
            case SELF -> SignerIdentifier.self();
        };
        byte[] tbsEnc = Oer.encode(tbs, Ieee1609Dot2Schema.TO_BE_SIGNED_DATA_ELEMENT);
        byte[] h = signerType == SignerType.SELF ? Sha256.signingHash(tbsEnc, null)
                : Sha256.signingHashWithSignerDigest(tbsEnc, cert.sha256());
        EcKeyPair key = signer.keyPair();
        org.scmsim.crypto.ec.EcdsaSignature sig = backend.sign(key.curve(), key.privateKey(), h);
        SignedData sd = new SignedData(HashAlgorithm.sha256, tbs, sid, EcOer.signature(key.curve(), sig));
        SignedMessage m = SignedMessage.built(sd, tbsEnc, signerType == SignerType.CERTIFICATE ? List.of(cert) : List.of(), sig, key.curve());
        return Spdu.built(new Ieee1609Dot2Data(VERSION, Ieee1609Dot2Content.signedData(sd)), m);
    }

    /**
     * True if {@code message}'s signature verifies under {@code signerKey}, the public key of
     * {@code signerCertificate} (for an implicit certificate, the reconstructed key), and the
     * message names that certificate as its signer. For signer {@code self}, pass a null certificate.
     * Same as {@link SignedMessage#verify}.
     */
    public boolean verify(SignedMessage message, Certificate signerCertificate, ECPoint signerKey) {
        return message.verify(backend, signerCertificate, signerKey);
    }
}
