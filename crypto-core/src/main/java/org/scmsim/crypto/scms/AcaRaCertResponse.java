package org.scmsim.crypto.scms;

import java.util.Objects;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;

/**
 * The PCA's answer to one {@link RaAcaCertRequestSpdu}, as the RA receives it: the 1609.2.1
 * {@code AcaRaCertResponse} in its {@code ScmsPdu}. The RA files {@link #eeResponse()} (opaque to
 * it) under the j it kept for {@link #requestHash()}.
 * <pre>
 * AcaRaCertResponse ::= SEQUENCE {
 *   version        Uint8 (2),
 *   generationTime Time32,
 *   requestHash    HashedId8,          -- of the RaAcaCertRequestSpdu
 *   acaResponse    AcaResponse,        -- CHOICE { plain, private, cubk, ... }
 *   ...
 * }
 * </pre>
 * {@code private} carries the response in the download layout devices receive from a CAMP SCMS
 * (the PCA-signed {@link ToBeSignedEncryptedCertificateResponse} whose encrypted data holds the
 * certificate and its private-key value); {@code cubk} the encrypted data alone. 1609.2.1 signs
 * the whole {@code AcaRaCertResponseSpdu} once more with the ACA's certificate; we send the
 * {@code ScmsPdu} unsigned (the EE part is already signed by the PCA for original keys, and the
 * RA matches each response to a request it signed by its hash).
 */
public final class AcaRaCertResponse {

    private static final String WHAT = "ScmsPdu";

    private final byte[] encoded;
    private final Time32 generationTime;
    private final HashedId8 requestHash;
    private final AcaResponseKind kind;
    private final int eeAt;

    private AcaRaCertResponse(byte[] encoded, Time32 generationTime, HashedId8 requestHash, AcaResponseKind kind, int eeAt) {
        this.encoded = encoded;
        this.generationTime = generationTime;
        this.requestHash = requestHash;
        this.kind = kind;
        this.eeAt = eeAt;
    }

    /** Encodes the response. */
    public static AcaRaCertResponse create(Time32 generationTime, HashedId8 requestHash, AcaResponseKind kind, byte[] eeResponse) {
        Objects.requireNonNull(kind, "kind");
        CoerOutput out = new CoerOutput(eeResponse.length + 20);
        out.write(RaAcaCertRequest.VERSION).write(RaAcaCertRequest.SCMS_PDU_ACA_RA).write(0x81); // ScmsPdu{2, aca-ra: acaRaCertResponse
        out.write(0x00);                     // preamble: no extension
        out.write(RaAcaCertRequest.VERSION);
        out.uint(generationTime.value(), 4);
        out.write(requestHash.bytes());
        out.write(0x80 | kind.ordinal());    // plain | private | cubk
        int eeAt = out.size();
        out.write(eeResponse);
        return new AcaRaCertResponse(out.toByteArray(), generationTime, requestHash, kind, eeAt);
    }

    /**
     * Decodes the octets the RA received; checks that the EE response is an {@code Ieee1609Dot2Data}
     * of the content type its choice implies (unsecured, signed or encrypted data) and leaves the
     * rest to the device.
     *
     * @throws DecodeException naming the field
     */
    public static AcaRaCertResponse decode(byte[] bytes) throws DecodeException {
        CoerInput in = new CoerInput(bytes, WHAT);
        in.expect("version", RaAcaCertRequest.VERSION, "ScmsPdu version 2");
        in.expect("content", RaAcaCertRequest.SCMS_PDU_ACA_RA, "aca-ra");
        in.expect("content.aca-ra", 0x81, "acaRaCertResponse");
        String f = "content.aca-ra.acaRaCertResponse";
        int preamble = in.uint8(f);
        if (preamble != 0x00) {
            throw in.error(f, String.format("preamble 0x%02x: no extensions are defined", preamble));
        }
        in.expect(f + ".version", RaAcaCertRequest.VERSION, "version 2");
        Time32 generationTime = new Time32(in.uint(f + ".generationTime", 4));
        HashedId8 requestHash = new HashedId8(in.fixed(f + ".requestHash", 8));
        int choice = in.uint8(f + ".acaResponse");
        if (choice < 0x80 || choice > 0x82) {
            throw in.error(f + ".acaResponse", String.format("choice 0x%02x (plain 0x80, private 0x81, cubk 0x82)", choice));
        }
        AcaResponseKind kind = AcaResponseKind.values()[choice - 0x80];
        int eeAt = in.position();
        String ee = f + ".acaResponse." + kind.name().toLowerCase(java.util.Locale.ROOT);
        in.expect(ee + ".protocolVersion", 3, "protocol version 3");
        int content = switch (kind) {
            case PLAIN -> 0x80;
            case PRIVATE -> 0x81;
            case CUBK -> 0x82;
        };
        in.expect(ee + ".content", content, kind == AcaResponseKind.PLAIN ? "unsecuredData"
                : kind == AcaResponseKind.PRIVATE ? "signedData" : "encryptedData");
        if (in.remaining() == 0) {
            throw in.error(ee, "truncated: no content");
        }
        return new AcaRaCertResponse(bytes.clone(), generationTime, requestHash, kind, eeAt);
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    public int length() {
        return encoded.length;
    }

    public Time32 generationTime() {
        return generationTime;
    }

    /** HashedId8 of the RaAcaCertRequestSpdu this answers. */
    public HashedId8 requestHash() {
        return requestHash;
    }

    public AcaResponseKind kind() {
        return kind;
    }

    /** The response for the EE (the file the device downloads as {@code <i hex>_<j hex>}). */
    public byte[] eeResponse() {
        return java.util.Arrays.copyOfRange(encoded, eeAt, encoded.length);
    }
}
