package org.scmsim.crypto.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.AesCcmCiphertext;
import org.bouncycastle.oer.its.ieee1609dot2.EncryptedData;
import org.bouncycastle.oer.its.ieee1609dot2.EncryptedDataEncryptionKey;
import org.bouncycastle.oer.its.ieee1609dot2.PKRecipientInfo;
import org.bouncycastle.oer.its.ieee1609dot2.RecipientInfo;
import org.bouncycastle.oer.its.ieee1609dot2.SymmRecipientInfo;
import org.bouncycastle.oer.its.ieee1609dot2.SymmetricCiphertext;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EciesP256EncryptedKey;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.coer.EcOer;
import org.scmsim.crypto.ec.EcCurve;

/**
 * A decoded {@code EncryptedData} for inspection (decryption is ECIES + AES-CCM, elsewhere):
 * <pre>
 * EncryptedData ::= SEQUENCE { recipients SequenceOfRecipientInfo, ciphertext SymmetricCiphertext }
 * AesCcmCiphertext ::= SEQUENCE { nonce OCTET STRING (SIZE (12)), ccmCiphertext Opaque }
 * </pre>
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

    static EncryptedMessage of(EncryptedData data) throws DecodeException {
        List<Recipient> list = new ArrayList<>();
        try {
            for (RecipientInfo ri : data.getRecipients().getRecipientInfos()) {
                list.add(recipient(ri));
            }
            if (data.getCiphertext().getChoice() != SymmetricCiphertext.aes128ccm) {
                throw new IllegalArgumentException("unsupported SymmetricCiphertext choice " + data.getCiphertext().getChoice());
            }
        } catch (RuntimeException e) {
            throw new DecodeException("EncryptedData", -1, e.getMessage(), e);
        }
        if (list.isEmpty()) {
            throw new DecodeException("EncryptedData", -1, "no recipients");
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
}
