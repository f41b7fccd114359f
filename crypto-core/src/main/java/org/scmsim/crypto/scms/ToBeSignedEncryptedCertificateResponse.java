package org.scmsim.crypto.scms;

import java.util.List;
import java.util.Objects;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT16;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.coer.CoerInput;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;

/**
 * The payload the PCA signs in a pseudonym certificate response as devices download it (CAMP PoC
 * {@code SignedEncryptedCertificateResponse}, the files {@code <i hex>_<j hex>} of the download zip):
 * a short header, then the encrypted certificate.
 * <pre>
 * ToBeSignedEncryptedCertificateResponse ::= SEQUENCE {
 *   psidSsp        SequenceOfPsidSsp,          -- here { {psid 0x23} }
 *   expiration     Time32,
 *   lifetime       Duration,                   -- the certificate's validity, e.g. hours(169)
 *   encrypted-cert EncryptedCertificateData    -- Ieee1609Dot2Data, encryptedData
 * }
 * </pre>
 * With one PSID of one octet the header is 12 octets ({@code 01 01 00 01 23 | Time32 | 84 00 A9} in
 * the Korean SCMS trace). We write the certificate's validity end as {@code expiration} (the Korean
 * PCA writes a time about a day later); {@link #checkAgainst} accepts a header whose lifetime is the
 * certificate's validity duration and whose expiration is not before the certificate's end.
 *
 * @param psids the PSIDs of {@code psidSsp} (no SSPs)
 * @param encryptedCertificate the COER {@code Ieee1609Dot2Data} that follows the header
 */
public record ToBeSignedEncryptedCertificateResponse(List<Long> psids, Time32 expiration, Duration lifetime,
        byte[] encryptedCertificate) {

    private static final String WHAT = "ToBeSignedEncryptedCertificateResponse";

    public ToBeSignedEncryptedCertificateResponse {
        psids = List.copyOf(psids);
        if (psids.isEmpty()) {
            throw new IllegalArgumentException("psidSsp needs at least one PSID");
        }
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(lifetime, "lifetime");
        encryptedCertificate = encryptedCertificate.clone();
    }

    /** The header our PCA writes for {@code certificate}: PSID 0x23, its validity end and duration. */
    static ToBeSignedEncryptedCertificateResponse forCertificate(Time32 validityStart, Duration validity, byte[] encrypted) {
        return new ToBeSignedEncryptedCertificateResponse(List.of(PseudonymRequester.SCMS_PSID),
                validityStart.plusSeconds(Durations.seconds(validity)), validity, encrypted);
    }

    @Override
    public byte[] encryptedCertificate() {
        return encryptedCertificate.clone();
    }

    public byte[] encode() {
        CoerOutput out = new CoerOutput(16 + encryptedCertificate.length);
        out.quantity(psids.size());
        for (long psid : psids) {
            out.write(0x00); // PsidSsp preamble: ssp absent
            out.psid(psid);
        }
        out.uint(expiration.value(), 4);
        out.write(0x80 | lifetime.getChoice());
        out.uint(lifetime.getDuration().getValue().longValue(), 2);
        out.write(encryptedCertificate);
        return out.toByteArray();
    }

    /**
     * Reads the header and checks that an {@code Ieee1609Dot2Data} with encryptedData follows
     * (protocol version 3, content choice 0x82); the encrypted data itself is decoded by the opener.
     *
     * @throws DecodeException naming the field ({@code ToBeSignedEncryptedCertificateResponse.psidSsp}, ...)
     */
    public static ToBeSignedEncryptedCertificateResponse decode(byte[] bytes) throws DecodeException {
        CoerInput in = new CoerInput(bytes, WHAT);
        int n = in.quantity("psidSsp");
        if (n == 0) {
            throw in.error("psidSsp", "empty SequenceOfPsidSsp");
        }
        if (n > in.remaining() / 3) {
            throw in.error("psidSsp", n + " entries cannot fit in " + in.remaining() + " octets");
        }
        Long[] psids = new Long[n];
        for (int k = 0; k < n; k++) {
            int preamble = in.uint8("psidSsp[" + k + "]");
            if (preamble != 0x00) {
                throw in.error("psidSsp[" + k + "]", String.format("preamble 0x%02x: an SSP is not expected here", preamble));
            }
            psids[k] = in.psid("psidSsp[" + k + "].psid");
        }
        Time32 expiration = new Time32(in.uint("expiration", 4));
        int choice = in.uint8("lifetime");
        if (choice < 0x80 || choice > 0x86) {
            throw in.error("lifetime", String.format("Duration choice 0x%02x (0x80..0x86 expected)", choice));
        }
        Duration lifetime = new Duration(choice & 0x7F, new UINT16((int) in.uint("lifetime", 2)));
        if (in.remaining() < 2) {
            throw in.error("encrypted-cert", "truncated: no Ieee1609Dot2Data after the header");
        }
        int at = in.position();
        in.expect("encrypted-cert.protocolVersion", 3, "protocol version 3");
        in.expect("encrypted-cert.content", 0x82, "encryptedData");
        byte[] rest = java.util.Arrays.copyOfRange(bytes, at, bytes.length);
        return new ToBeSignedEncryptedCertificateResponse(List.of(psids), expiration, lifetime, rest);
    }

    /** The length of the header (everything before the encrypted data). */
    public int headerLength() {
        return encode().length - encryptedCertificate.length;
    }

    /**
     * Null if the header fits {@code certificate}; otherwise why not (the opener's
     * {@link OpenOutcome#HEADER_MISMATCH}).
     */
    public String checkAgainst(Certificate certificate) {
        if (!psids.contains(PseudonymRequester.SCMS_PSID)) {
            return "psidSsp " + psids + " lacks the security-management PSID 0x23";
        }
        long certSeconds = certificate.validityEnd().value() - certificate.validityStart().value();
        if (Durations.seconds(lifetime) != certSeconds) {
            return "lifetime " + Durations.describe(lifetime) + " but the certificate is valid " + certSeconds + " s";
        }
        if (expiration.isBefore(certificate.validityEnd())) {
            return "expiration " + expiration + " is before the certificate's end " + certificate.validityEnd();
        }
        return null;
    }
}
