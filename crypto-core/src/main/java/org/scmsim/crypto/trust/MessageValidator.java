package org.scmsim.crypto.trust;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.data.MessageSigner;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.data.Spdu;

/**
 * Validates signed {@code Ieee1609Dot2Data}: finds the signer certificate (enclosed, or by digest
 * among the known certificates), validates its chain at the validation time, verifies the
 * message signature with the signer's (possibly ECQV-reconstructed) key, and checks that the
 * signer may use the message's PSID and that the message was generated within the signer's
 * validity and has not expired. Thread-safe.
 */
public final class MessageValidator {

    private final ChainValidator chains;
    private final MessageSigner signatures;

    public MessageValidator(ChainValidator chains) {
        this.chains = chains;
        this.signatures = new MessageSigner(chains.backend());
    }

    /**
     * Validates {@code spdu} at {@code at} (if empty: at the message's generation time, else at
     * the signer certificate's start), with {@code knownCertificates} (signer candidates and
     * intermediates).
     */
    public MessageValidation validate(Spdu spdu, Collection<Certificate> knownCertificates, Optional<Time32> at) {
        Optional<SignedMessage> signed = spdu.signed();
        if (signed.isEmpty()) {
            return new MessageValidation(Verdict.NOT_SIGNED, "the data is " + spdu.contentType() + ", not signedData",
                    Optional.empty(), Optional.empty());
        }
        SignedMessage m = signed.get();
        List<Certificate> pool = new ArrayList<>(knownCertificates);
        Certificate signer;
        if (m.signerType() == SignerType.CERTIFICATE) {
            signer = m.signerCertificates().get(0);
            pool.addAll(m.signerCertificates().subList(1, m.signerCertificates().size()));
        } else if (m.signerType() == SignerType.DIGEST) {
            HashedId8 id = m.signerId().orElseThrow();
            signer = pool.stream().filter(c -> c.hashedId8().equals(id)).findFirst().orElse(null);
            if (signer == null) {
                return new MessageValidation(Verdict.UNKNOWN_SIGNER, "no known certificate has HashedId8 " + id,
                        Optional.empty(), Optional.empty());
            }
        } else {
            return new MessageValidation(Verdict.UNKNOWN_SIGNER, "signer 'self' has no certificate to validate",
                    Optional.empty(), Optional.empty());
        }
        Time32 when = at.orElseGet(() -> m.generationTime().map(Time64::toTime32).orElse(signer.validityStart()));
        ChainValidation chain = chains.validate(signer, pool, when);
        if (chain.publicKey().isEmpty()) {
            return new MessageValidation(chain.verdict(), "signer chain: " + chain.reason(), Optional.of(signer), Optional.of(chain));
        }
        if (!signatures.verify(m, signer, chain.publicKey().get())) {
            return new MessageValidation(Verdict.BAD_SIGNATURE, "message signature does not verify under " + signer,
                    Optional.of(signer), Optional.of(chain));
        }
        if (!chain.isValid()) {
            return new MessageValidation(chain.verdict(), "signer chain: " + chain.reason(), Optional.of(signer), Optional.of(chain));
        }
        if (!Permissions.allowsPsid(signer, m.psid())) {
            return new MessageValidation(Verdict.INCONSISTENT_PERMISSIONS, "signer " + signer.hashedId8()
                    + " has no appPermissions for PSID " + m.psid() + " (0x" + Long.toHexString(m.psid()) + ")",
                    Optional.of(signer), Optional.of(chain));
        }
        Optional<Time64> gen = m.generationTime();
        if (gen.isPresent()) {
            Time32 g = gen.get().toTime32();
            if (g.isBefore(signer.validityStart())) {
                return new MessageValidation(Verdict.NOT_YET_VALID, "generated at " + gen.get()
                        + ", before the signer's validity starts " + signer.validityStart(), Optional.of(signer), Optional.of(chain));
            }
            if (!g.isBefore(signer.validityEnd())) {
                return new MessageValidation(Verdict.EXPIRED, "generated at " + gen.get()
                        + ", after the signer expired " + signer.validityEnd(), Optional.of(signer), Optional.of(chain));
            }
        }
        Optional<Time64> expiry = m.expiryTime();
        if (expiry.isPresent() && !when.isBefore(expiry.get().toTime32())) {
            return new MessageValidation(Verdict.EXPIRED, "message expired at " + expiry.get(), Optional.of(signer), Optional.of(chain));
        }
        return new MessageValidation(Verdict.VALID, "signature valid; signer " + signer.hashedId8() + " " + chain.reason(),
                Optional.of(signer), Optional.of(chain));
    }
}
