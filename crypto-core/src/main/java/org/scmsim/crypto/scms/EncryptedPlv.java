package org.scmsim.crypto.scms;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ecies.AesCcm;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.PreLinkageValue;

/**
 * A pre-linkage value encrypted by its LA for the PCA, as 1609.2.1 carries it to the PCA inside
 * the RA's request; the RA forwards it without being able to read it.
 * <pre>
 * EncryptedIndividualPLV ::= SEQUENCE {
 *   version Uint8 (2),
 *   laId    LaId,                                              -- 2 octets
 *   encPlv  Ieee1609Dot2Data-SymmEncryptedSingleRecipient { PreLinkageValue }
 * }
 * -- encPlv: Ieee1609Dot2Data{3, encryptedData{ recipients { symmRecipInfo {
 * --            recipientId HashedId8 of SymmetricEncryptionKey{aes128Ccm K_LA-PCA},
 * --            encKey aes128ccm{nonce, CCM_K_LA-PCA(k)} } },
 * --          ciphertext aes128ccm{nonce', CCM_k(plv)} }}          -- k fresh per value
 * </pre>
 * Written and read directly (fixed shape, 101 octets); {@code EncryptedPlvTest} checks that
 * BouncyCastle's 1609.2 schema reads {@code encPlv} and re-encodes it identically.
 *
 * @param encPlv the COER {@code Ieee1609Dot2Data} of {@code encPlv}
 */
public record EncryptedPlv(LaId laId, byte[] encPlv) {

    /** Uint8 (2). */
    public static final int VERSION = 2;
    private static final int WRAPPED_KEY_LENGTH = AesCcm.KEY_LENGTH + 16;
    private static final int CIPHERTEXT_LENGTH = PreLinkageValue.LENGTH + 16;

    public EncryptedPlv {
        Objects.requireNonNull(laId, "laId");
        encPlv = encPlv.clone();
    }

    @Override
    public byte[] encPlv() {
        return encPlv.clone();
    }

    /**
     * The LA's side: {@code plv} encrypted under a fresh AES key {@code k}, {@code k} wrapped with
     * the LA–PCA key; nonces and {@code k} from {@code random}.
     */
    public static EncryptedPlv encrypt(LaId laId, byte[] laPcaKey, PreLinkageValue plv, Random random) {
        byte[] k = new byte[AesCcm.KEY_LENGTH];
        byte[] wrapNonce = new byte[AesCcm.NONCE_LENGTH];
        byte[] nonce = new byte[AesCcm.NONCE_LENGTH];
        random.nextBytes(k);
        random.nextBytes(wrapNonce);
        random.nextBytes(nonce);
        CoerOutput out = new CoerOutput(100);
        out.write(3).write(0x82);             // Ieee1609Dot2Data{3, encryptedData
        out.quantity(1).write(0x81);          //   recipients { symmRecipInfo
        out.write(keyId(laPcaKey).bytes());   //     recipientId
        out.write(0x80).write(wrapNonce);     //     encKey aes128ccm{nonce,
        out.octets(AesCcm.encrypt(laPcaKey, wrapNonce, k)); //     ccmCiphertext} }
        out.write(0x80).write(nonce);         //   ciphertext aes128ccm{nonce,
        out.octets(AesCcm.encrypt(k, nonce, plv.bytes())); // ccmCiphertext} }
        return new EncryptedPlv(laId, out.toByteArray());
    }

    /**
     * The 1609.2 identifier of a symmetric key: HashedId8 of the COER
     * {@code SymmetricEncryptionKey{aes128Ccm key}} (choice octet 0x80, then the 16 octets).
     */
    public static HashedId8 keyId(byte[] aes128Key) {
        byte[] coer = new byte[1 + aes128Key.length];
        coer[0] = (byte) 0x80;
        System.arraycopy(aes128Key, 0, coer, 1, aes128Key.length);
        return HashedId8.of(coer);
    }

    /**
     * The PCA's (or, for the MA, the LA's) side.
     *
     * @throws DecodeException if {@code encPlv} is not the expected structure (field named)
     * @throws DecryptionException if it is not encrypted under {@code laPcaKey} or was altered
     */
    public PreLinkageValue decrypt(byte[] laPcaKey) throws DecodeException, DecryptionException {
        Parsed p = parse(new CoerInput(encPlv, "EncryptedIndividualPLV.encPlv"));
        if (!p.recipientId.equals(keyId(laPcaKey))) {
            throw new DecryptionException("encrypted under key " + p.recipientId.hex() + ", not " + keyId(laPcaKey).hex());
        }
        byte[] k = AesCcm.decrypt(laPcaKey, p.wrapNonce, p.wrappedKey);
        return new PreLinkageValue(AesCcm.decrypt(k, p.nonce, p.ciphertext));
    }

    private record Parsed(HashedId8 recipientId, byte[] wrapNonce, byte[] wrappedKey, byte[] nonce, byte[] ciphertext) {
    }

    private static Parsed parse(CoerInput in) throws DecodeException {
        in.expect("protocolVersion", 3, "protocol version 3");
        in.expect("content", 0x82, "encryptedData");
        int n = in.quantity("recipients");
        if (n != 1) {
            throw in.error("recipients", n + " recipients; exactly one symmRecipInfo expected");
        }
        in.expect("recipients[0]", 0x81, "symmRecipInfo");
        HashedId8 id = new HashedId8(in.fixed("recipients[0].recipientId", 8));
        in.expect("recipients[0].encKey", 0x80, "aes128ccm");
        byte[] wrapNonce = in.fixed("recipients[0].encKey.nonce", AesCcm.NONCE_LENGTH);
        byte[] wrapped = in.octets("recipients[0].encKey.ccmCiphertext");
        if (wrapped.length != WRAPPED_KEY_LENGTH) {
            throw in.error("recipients[0].encKey.ccmCiphertext", wrapped.length + " octets; an AES-128 key and tag are "
                    + WRAPPED_KEY_LENGTH);
        }
        in.expect("ciphertext", 0x80, "aes128ccm");
        byte[] nonce = in.fixed("ciphertext.nonce", AesCcm.NONCE_LENGTH);
        byte[] ct = in.octets("ciphertext.ccmCiphertext");
        if (ct.length != CIPHERTEXT_LENGTH) {
            throw in.error("ciphertext.ccmCiphertext", ct.length + " octets; a PreLinkageValue and tag are " + CIPHERTEXT_LENGTH);
        }
        return new Parsed(id, wrapNonce, wrapped, nonce, ct);
    }

    /** Appends the COER of this {@code EncryptedIndividualPLV}. */
    void encode(CoerOutput out) {
        out.write(VERSION);
        out.write(laId.octets());
        out.write(encPlv);
    }

    /** Reads one {@code EncryptedIndividualPLV}; {@code field} names it in errors (e.g. {@code linkageInfo.encPlv1}). */
    static EncryptedPlv decode(CoerInput in, String field) throws DecodeException {
        in.expect(field + ".version", VERSION, "version 2");
        LaId laId = new LaId((int) in.uint(field + ".laId", 2));
        CoerInput sub = in.nested(in.what() + "." + field + ".encPlv");
        parse(sub);
        return new EncryptedPlv(laId, in.fixed(field + ".encPlv", sub.position() - in.position()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptedPlv p && p.laId.equals(laId) && Arrays.equals(p.encPlv, encPlv);
    }

    @Override
    public int hashCode() {
        return 31 * laId.hashCode() + Arrays.hashCode(encPlv);
    }
}
