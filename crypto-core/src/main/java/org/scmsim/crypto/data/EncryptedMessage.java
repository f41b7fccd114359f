package org.scmsim.crypto.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import java.math.BigInteger;
import java.util.Arrays;
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
import org.bouncycastle.oer.its.ieee1609dot2.SymmRecipientInfo;
import org.bouncycastle.oer.its.ieee1609dot2.SymmetricCiphertext;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EciesP256EncryptedKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.coer.Oer;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ecies.AesCcm;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.ecies.Ecies;

/**
 * A decoded {@code EncryptedData}:
 * <pre>
 * EncryptedData ::= SEQUENCE { recipients SequenceOfRecipientInfo, ciphertext SymmetricCiphertext }
 * AesCcmCiphertext ::= SEQUENCE { nonce OCTET STRING (SIZE (12)), ccmCiphertext Opaque }
 * </pre>
 * {@link #encrypt} writes the public-key case the SCMS uses (one certRecipInfo or rekRecipInfo,
 * ECIES-wrapped AES-128-CCM key) directly in COER; {@link #decode} reads such a message strictly
 * and {@link #decrypt} opens it. {@link Spdu#decode} reads any encrypted data for inspection.
 */
public final class EncryptedMessage {

    /**
     * One recipient: kind, recipientId and, for the ECIES kinds, the encrypted key
     * {@code EciesP256EncryptedKey{v, c (16), t (16)}}.
     */
    public record Recipient(RecipientKind kind, HashedId8 recipientId, Optional<EciesKey> eciesKey) {
    }

    /** {@code EciesP256EncryptedKey}: ephemeral point V, wrapped key C and tag T. */
    public record EciesKey(EcCurve curve, ECPoint v, byte[] c, byte[] t) {
    }

    private final EncryptedData asn1;
    private final List<Recipient> recipients;

    private EncryptedMessage(EncryptedData asn1, List<Recipient> recipients) {
        this.asn1 = asn1;
        this.recipients = recipients;
    }

    /**
     * Encrypts {@code plaintext} to {@code recipientKey}: a fresh AES-128 key and nonce, the key
     * wrapped with ECIES (ephemeral key from the backend, P1 as given), as
     * {@code Ieee1609Dot2Data{3, encryptedData{{certRecipInfo | rekRecipInfo}, aes128ccm}}}.
     *
     * @param kind {@link RecipientKind#CERTIFICATE} or {@link RecipientKind#RESPONSE_ENCRYPTION_KEY}
     */
    public static byte[] encrypt(EcBackend backend, byte[] plaintext, ECPoint recipientKey, HashedId8 recipientId,
            RecipientKind kind, byte[] p1) {
        Sealed s = seal(backend, plaintext, recipientKey, p1);
        CoerOutput out = new CoerOutput(s.ccm.length + 120);
        out.write(3).write(0x82); // encryptedData
        out.quantity(1);
        out.write(recipientTag(kind));
        out.write(recipientId.bytes());
        out.write(0x80); // eciesNistP256
        out.write(s.ephemeral.getEncoded(true)[0] == 0x02 ? 0x82 : 0x83); // compressed-y-0 | compressed-y-1
        out.write(EcCurve.to32Bytes(s.ephemeral.normalize().getAffineXCoord().toBigInteger()));
        out.write(s.wrapped); // c (16) then t (16)
        out.write(0x80); // aes128ccm
        out.write(s.nonce);
        out.octets(s.ccm);
        return out.toByteArray();
    }

    /** The same message encoded with BouncyCastle's OER engine (the reference the direct writer is tested against). */
    static byte[] encryptWithBc(EcBackend backend, byte[] plaintext, ECPoint recipientKey, HashedId8 recipientId,
            RecipientKind kind, byte[] p1) {
        Sealed s = seal(backend, plaintext, recipientKey, p1);
        EciesP256EncryptedKey wrapped = new EciesP256EncryptedKey(EcOer.compressed(s.ephemeral),
                new DEROctetString(Arrays.copyOfRange(s.wrapped, 0, 16)), new DEROctetString(Arrays.copyOfRange(s.wrapped, 16, 32)));
        PKRecipientInfo pk = new PKRecipientInfo(new org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8(recipientId.bytes()),
                EncryptedDataEncryptionKey.eciesNistP256(wrapped));
        RecipientInfo ri = kind == RecipientKind.CERTIFICATE ? RecipientInfo.certRecipInfo(pk) : RecipientInfo.rekRecipInfo(pk);
        EncryptedData ed = new EncryptedData(new SequenceOfRecipientInfo(List.of(ri)),
                SymmetricCiphertext.aes128ccm(new AesCcmCiphertext(new DEROctetString(s.nonce), new Opaque(s.ccm))));
        return Oer.encode(new Ieee1609Dot2Data(new UINT8(3), Ieee1609Dot2Content.encryptedData(ed)), Spdu.BC_DATA);
    }

    /** The AES key and nonce drawn, the key wrapped (ECIES) and the plaintext encrypted. */
    private record Sealed(ECPoint ephemeral, byte[] wrapped, byte[] nonce, byte[] ccm) {
    }

    private static Sealed seal(EcBackend backend, byte[] plaintext, ECPoint recipientKey, byte[] p1) {
        byte[] key = new byte[AesCcm.KEY_LENGTH];
        byte[] nonce = new byte[AesCcm.NONCE_LENGTH];
        backend.randomness().random().nextBytes(key);
        backend.randomness().random().nextBytes(nonce);
        EcKeyPair eph = backend.generateKeyPair(EcCurve.NIST_P256);
        byte[] z = backend.agree(EcCurve.NIST_P256, eph.privateKey(), recipientKey);
        return new Sealed(eph.publicKey(), Ecies.wrap(z, key, p1), nonce, AesCcm.encrypt(key, nonce, plaintext));
    }

    private static int recipientTag(RecipientKind kind) {
        return switch (kind) {
            case CERTIFICATE -> 0x82;             // certRecipInfo
            case RESPONSE_ENCRYPTION_KEY -> 0x84; // rekRecipInfo
            default -> throw new IllegalArgumentException(kind + " is not a public-key recipient");
        };
    }

    /**
     * Decodes an {@code Ieee1609Dot2Data} with encryptedData for exactly one public-key (ECIES)
     * recipient, as {@link #encrypt} writes it; does not decrypt.
     *
     * @param what names the structure in error messages
     */
    public static EncryptedMessage decode(byte[] bytes, String what) throws DecodeException {
        Ieee1609Dot2Data data = Spdu.decodeData(bytes, what).data();
        if (data.getProtocolVersion().getValue().intValue() != 3) {
            throw new DecodeException(what, 0, "protocolVersion " + data.getProtocolVersion().getValue() + ", expected 3");
        }
        if (data.getContent().getChoice() != Ieee1609Dot2Content.encryptedData) {
            throw new DecodeException(what, 1, "content is not encryptedData (choice " + data.getContent().getChoice() + ")");
        }
        EncryptedMessage m;
        try {
            m = of(EncryptedData.getInstance(data.getContent().getIeee1609Dot2Content()), what);
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, "invalid content: " + e.getMessage(), e);
        }
        if (m.recipients.size() != 1) {
            throw new DecodeException(what + ".recipients", -1, m.recipients.size() + " recipients; expected exactly one");
        }
        if (m.recipients.get(0).eciesKey().isEmpty()) {
            throw new DecodeException(what + ".recipients", -1, "recipient " + m.recipients.get(0).kind() + " is not a public-key recipient");
        }
        return m;
    }

    static EncryptedMessage of(EncryptedData data) throws DecodeException {
        return of(data, "EncryptedData");
    }

    private static EncryptedMessage of(EncryptedData data, String what) throws DecodeException {
        List<Recipient> list = new ArrayList<>();
        try {
            for (RecipientInfo ri : data.getRecipients().getRecipientInfos()) {
                list.add(recipient(ri));
            }
            if (data.getCiphertext().getChoice() != SymmetricCiphertext.aes128ccm) {
                throw new IllegalArgumentException("unsupported SymmetricCiphertext choice " + data.getCiphertext().getChoice());
            }
        } catch (RuntimeException e) {
            throw new DecodeException(what, -1, e.getMessage(), e);
        }
        if (list.isEmpty()) {
            throw new DecodeException(what + ".recipients", -1, "no recipients");
        }
        return new EncryptedMessage(data, Collections.unmodifiableList(list));
    }

    private static Recipient recipient(RecipientInfo ri) {
        switch (ri.getChoice()) {
            case RecipientInfo.pskRecipInfo:
                return new Recipient(RecipientKind.PRE_SHARED_KEY,
                        new HashedId8(ASN1OctetString.getInstance(ri.getRecipientInfo()).getOctets()), Optional.empty());
            case RecipientInfo.symmRecipInfo: {
                SymmRecipientInfo s = SymmRecipientInfo.getInstance(ri.getRecipientInfo());
                return new Recipient(RecipientKind.SYMMETRIC, new HashedId8(s.getRecipientId().getHashBytes()), Optional.empty());
            }
            default: {
                RecipientKind kind = switch (ri.getChoice()) {
                    case RecipientInfo.certRecipInfo -> RecipientKind.CERTIFICATE;
                    case RecipientInfo.signedDataRecipInfo -> RecipientKind.SIGNED_DATA;
                    case RecipientInfo.rekRecipInfo -> RecipientKind.RESPONSE_ENCRYPTION_KEY;
                    default -> throw new IllegalArgumentException("unknown RecipientInfo choice " + ri.getChoice());
                };
                PKRecipientInfo pk = PKRecipientInfo.getInstance(ri.getRecipientInfo());
                EncryptedDataEncryptionKey k = pk.getEncKey();
                EcCurve curve = k.getChoice() == EncryptedDataEncryptionKey.eciesNistP256 ? EcCurve.NIST_P256
                        : k.getChoice() == EncryptedDataEncryptionKey.eciesBrainpoolP256r1 ? EcCurve.BRAINPOOL_P256R1 : null;
                if (curve == null) {
                    throw new IllegalArgumentException("unsupported EncryptedDataEncryptionKey choice " + k.getChoice());
                }
                EciesP256EncryptedKey e = EciesP256EncryptedKey.getInstance(k.getEncryptedDataEncryptionKey());
                ECPoint v = EcOer.toPoint(curve, e.getV());
                return new Recipient(kind, new HashedId8(pk.getRecipientId().getHashBytes()),
                        Optional.of(new EciesKey(curve, v, e.getC().getOctets(), e.getT().getOctets())));
            }
        }
    }

    public EncryptedData asn1() {
        return asn1;
    }

    public List<Recipient> recipients() {
        return recipients;
    }

    /** The AES-128-CCM nonce (12 octets). */
    public byte[] nonce() {
        return AesCcmCiphertext.getInstance(asn1.getCiphertext().getSymmetricCiphertext()).getNonce().getOctets();
    }

    /** The AES-128-CCM ciphertext including its 16-octet tag. */
    public byte[] ccmCiphertext() {
        return AesCcmCiphertext.getInstance(asn1.getCiphertext().getSymmetricCiphertext()).getCcmCiphertext().getContent();
    }

    /** The first (for a message read by {@link #decode}, the only) recipient. */
    public Recipient recipient() {
        return recipients.get(0);
    }

    /** The first recipient's HashedId8 as written. */
    public HashedId8 recipientId() {
        return recipient().recipientId();
    }

    /**
     * Unwraps the AES key with the recipient's private key (first recipient, ECIES) and decrypts.
     *
     * @throws DecryptionException if the key does not unwrap (not for this key, or P1 differs) or
     *     the AES-CCM tag does not verify
     */
    public byte[] decrypt(EcBackend backend, BigInteger recipientPrivate, byte[] p1) throws DecryptionException {
        EciesKey k = recipient().eciesKey().orElseThrow(() -> new DecryptionException("recipient "
                + recipient().kind() + " is not a public-key recipient"));
        byte[] z;
        try {
            z = backend.agree(k.curve(), recipientPrivate, k.v());
        } catch (IllegalArgumentException e) {
            throw new DecryptionException("ECDH failed: " + e.getMessage());
        }
        byte[] key = Ecies.unwrap(z, k.c(), k.t(), p1);
        return AesCcm.decrypt(key, nonce(), ccmCiphertext());
    }

    /**
     * The 1609.2 recipient identifier of a response-encryption key: HashedId8 of its compressed
     * {@code EccP256CurvePoint} encoding.
     */
    public static HashedId8 responseKeyId(ECPoint key) {
        return HashedId8.of(key.getEncoded(true));
    }
}
