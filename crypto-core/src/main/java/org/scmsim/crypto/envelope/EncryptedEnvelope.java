package org.scmsim.crypto.envelope;

import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.AesCcmCiphertext;
import org.bouncycastle.oer.its.ieee1609dot2.EncryptedData;
import org.bouncycastle.oer.its.ieee1609dot2.EncryptedDataEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Content;
import org.bouncycastle.oer.its.ieee1609dot2.Ieee1609Dot2Data;
import org.bouncycastle.oer.its.ieee1609dot2.Opaque;
import org.bouncycastle.oer.its.ieee1609dot2.PKRecipientInfo;
import org.bouncycastle.oer.its.ieee1609dot2.RecipientInfo;
import org.bouncycastle.oer.its.ieee1609dot2.SequenceOfRecipientInfo;
import org.bouncycastle.oer.its.ieee1609dot2.SymmetricCiphertext;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EciesP256EncryptedKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Ieee1609Dot2Schema;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ecies.AesCcm;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.ecies.Ecies;

/**
 * A decoded {@code Ieee1609Dot2Data} with {@code encryptedData} for one public-key recipient:
 * <pre>
 * EncryptedData ::= SEQUENCE {
 *   recipients SequenceOfRecipientInfo,   -- one certRecipInfo / rekRecipInfo with eciesNistP256 {v, c, t}
 *   ciphertext SymmetricCiphertext        -- aes128ccm { nonce (12), ccmCiphertext }
 * }
 * </pre>
 *
 * @param recipientId the recipient's HashedId8 as written
 */
public record EncryptedEnvelope(RecipientKind kind, HashedId8 recipientId, ECPoint v, byte[] c, byte[] t, byte[] nonce,
        byte[] ccmCiphertext) {

    /**
     * Encrypts {@code plaintext} to {@code recipientKey}: a fresh AES-128 key and nonce, the key
     * wrapped with ECIES (ephemeral key from the backend, P1 as given).
     */
    public static byte[] encrypt(EcBackend backend, byte[] plaintext, ECPoint recipientKey, HashedId8 recipientId,
            RecipientKind kind, byte[] p1) {
        byte[] key = new byte[AesCcm.KEY_LENGTH];
        byte[] nonce = new byte[AesCcm.NONCE_LENGTH];
        backend.randomness().random().nextBytes(key);
        backend.randomness().random().nextBytes(nonce);
        EcKeyPair eph = backend.generateKeyPair(EcCurve.NIST_P256);
        byte[] z = backend.agree(EcCurve.NIST_P256, eph.privateKey(), recipientKey);
        byte[] ct = Ecies.wrap(z, key, p1);
        byte[] ccm = AesCcm.encrypt(key, nonce, plaintext);
        // COER written directly (fixed structure)
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(ccm.length + 120);
        out.write(3);
        out.write(0x82); // encryptedData
        out.write(0x01); // one recipient
        out.write(0x01);
        out.write(kind == RecipientKind.CERTIFICATE ? 0x82 : 0x84); // certRecipInfo | rekRecipInfo
        out.writeBytes(recipientId.bytes());
        out.write(0x80); // eciesNistP256
        out.writeBytes(eph.publicKey().getEncoded(true)[0] == 0x02 ? new byte[] {(byte) 0x82} : new byte[] {(byte) 0x83});
        out.writeBytes(EcCurve.to32Bytes(eph.publicKey().normalize().getAffineXCoord().toBigInteger()));
        out.writeBytes(ct); // c (16) then t (16)
        out.write(0x80); // aes128ccm
        out.writeBytes(nonce);
        Envelopes.length(out, ccm.length);
        out.writeBytes(ccm);
        return out.toByteArray();
    }

    /** The same envelope encoded with BouncyCastle's OER engine (reference for tests). */
    static byte[] encryptWithBc(EcBackend backend, byte[] plaintext, ECPoint recipientKey, HashedId8 recipientId,
            RecipientKind kind, byte[] p1) {
        byte[] key = new byte[AesCcm.KEY_LENGTH];
        byte[] nonce = new byte[AesCcm.NONCE_LENGTH];
        backend.randomness().random().nextBytes(key);
        backend.randomness().random().nextBytes(nonce);
        EcKeyPair eph = backend.generateKeyPair(EcCurve.NIST_P256);
        byte[] z = backend.agree(EcCurve.NIST_P256, eph.privateKey(), recipientKey);
        byte[] ct = Ecies.wrap(z, key, p1);
        EciesP256EncryptedKey wrapped = new EciesP256EncryptedKey(EcOer.compressed(eph.publicKey()),
                new DEROctetString(java.util.Arrays.copyOfRange(ct, 0, 16)), new DEROctetString(java.util.Arrays.copyOfRange(ct, 16, 32)));
        PKRecipientInfo pk = new PKRecipientInfo(new org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8(recipientId.bytes()),
                EncryptedDataEncryptionKey.eciesNistP256(wrapped));
        RecipientInfo ri = kind == RecipientKind.CERTIFICATE ? RecipientInfo.certRecipInfo(pk) : RecipientInfo.rekRecipInfo(pk);
        byte[] ccm = AesCcm.encrypt(key, nonce, plaintext);
        EncryptedData ed = new EncryptedData(new SequenceOfRecipientInfo(List.of(ri)),
                SymmetricCiphertext.aes128ccm(new AesCcmCiphertext(new DEROctetString(nonce), new Opaque(ccm))));
        return Oer.encode(new Ieee1609Dot2Data(new UINT8(3), Ieee1609Dot2Content.encryptedData(ed)),
                Envelopes.BC_DATA);
    }

    /** Decodes an encrypted envelope (does not decrypt). */
    public static EncryptedEnvelope decode(byte[] bytes, String what) throws DecodeException {
        Ieee1609Dot2Data data = Envelopes.decodeData(bytes, what);
        if (data.getProtocolVersion().getValue().intValue() != 3) {
            throw new DecodeException(what, 0, "protocolVersion " + data.getProtocolVersion().getValue() + ", expected 3");
        }
        if (data.getContent().getChoice() != Ieee1609Dot2Content.encryptedData) {
            throw new DecodeException(what, 1, "content is not encryptedData (choice " + data.getContent().getChoice() + ")");
        }
        try {
            EncryptedData ed = EncryptedData.getInstance(data.getContent().getIeee1609Dot2Content());
            List<RecipientInfo> recipients = ed.getRecipients().getRecipientInfos();
            if (recipients.size() != 1) {
                throw new DecodeException(what, -1, recipients.size() + " recipients; expected exactly one");
            }
            RecipientInfo ri = recipients.get(0);
            RecipientKind kind = switch (ri.getChoice()) {
                case RecipientInfo.certRecipInfo -> RecipientKind.CERTIFICATE;
                case RecipientInfo.rekRecipInfo -> RecipientKind.RESPONSE_ENCRYPTION_KEY;
                default -> throw new DecodeException(what, -1, "recipient kind " + ri.getChoice() + " is not certRecipInfo or rekRecipInfo");
            };
            PKRecipientInfo pk = PKRecipientInfo.getInstance(ri.getRecipientInfo());
            if (pk.getEncKey().getChoice() != EncryptedDataEncryptionKey.eciesNistP256) {
                throw new DecodeException(what, -1, "encrypted key is not eciesNistP256");
            }
            EciesP256EncryptedKey k = EciesP256EncryptedKey.getInstance(pk.getEncKey().getEncryptedDataEncryptionKey());
            ECPoint v = EcOer.toPoint(EcCurve.NIST_P256, k.getV());
            if (ed.getCiphertext().getChoice() != SymmetricCiphertext.aes128ccm) {
                throw new DecodeException(what, -1, "ciphertext is not aes128ccm");
            }
            AesCcmCiphertext ccm = AesCcmCiphertext.getInstance(ed.getCiphertext().getSymmetricCiphertext());
            return new EncryptedEnvelope(kind, new HashedId8(ASN1OctetString.getInstance(pk.getRecipientId()).getOctets()), v,
                    k.getC().getOctets(), k.getT().getOctets(), ccm.getNonce().getOctets(), ccm.getCcmCiphertext().getContent());
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "invalid content: " + e.getMessage(), e);
        }
    }

    /**
     * Unwraps the AES key with the recipient's private key and decrypts.
     *
     * @throws DecryptionException if the key does not unwrap (not for this key, or P1 differs) or
     *     the AES-CCM tag does not verify
     */
    public byte[] decrypt(EcBackend backend, BigInteger recipientPrivate, byte[] p1) throws DecryptionException {
        byte[] z;
        try {
            z = backend.agree(EcCurve.NIST_P256, recipientPrivate, v);
        } catch (IllegalArgumentException e) {
            throw new DecryptionException("ECDH failed: " + e.getMessage());
        }
        byte[] key = Ecies.unwrap(z, c, t, p1);
        return AesCcm.decrypt(key, nonce, ccmCiphertext);
    }

    /**
     * The 1609.2 recipient identifier of a response-encryption key: HashedId8 of its compressed
     * {@code EccP256CurvePoint} encoding.
     */
    public static HashedId8 responseKeyId(ECPoint key) {
        return HashedId8.of(key.getEncoded(true));
    }
}
