package org.scmsim.scenarios.cli.pki;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.data.MessageSigner;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.trust.ChainValidator;
import org.scmsim.crypto.trust.MessageValidation;
import org.scmsim.crypto.trust.MessageValidator;
import org.scmsim.crypto.trust.TrustStore;
import org.scmsim.scenarios.cli.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scmsim pki verify-message FILE [--signer CERT] [--chain CERT...] [--at TIME]}. */
@Command(name = "verify-message", mixinStandardHelpOptions = true,
        description = {"Verify signed Ieee1609Dot2Data: the signature (1609.2 hash over tbsData and the signer certificate),",
            "and, when the chain reaches a root given here, the signer's chain, PSID permission and times.",
            "The signer certificate comes from the message or from --signer (needed when the message names it by digest)."},
        footer = {"", "Exit codes: 0 VALID, 1 any other verdict, 2 bad input."})
public final class VerifyMessageCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "FILE", description = "signed Ieee1609Dot2Data (COER or hex)")
    Path file;

    @CommandLine.Option(names = "--signer", paramLabel = "CERT", description = "the signer's certificate")
    Path signer;

    @CommandLine.Option(names = "--chain", arity = "1..*", paramLabel = "CERT", description = "issuer certificates up to the root")
    List<Path> chain;

    @CommandLine.Option(names = "--at", paramLabel = "TIME",
            description = "validation time (ISO-8601, date or Time32); default the message's generation time")
    String at;

    @CommandLine.Option(names = "--backend", defaultValue = "bc", description = "EC backend (default ${DEFAULT-VALUE})")
    String backend;

    @CommandLine.Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        byte[] bytes = PkiFiles.read(file);
        Spdu spdu;
        try {
            spdu = Spdu.decode(bytes);
        } catch (DecodeException e) {
            throw new BadInputException(file + ": not a valid Ieee1609Dot2Data: " + e.getMessage());
        }
        SignedMessage m = spdu.signed().orElseThrow(() -> new BadInputException(file + ": is "
                + spdu.contentType().name().toLowerCase() + ", not signedData"));
        List<Certificate> known = new ArrayList<>(PkiFiles.certificates(chain));
        Certificate signerCert = signer == null ? null : PkiFiles.certificate(signer);
        if (signerCert != null) {
            known.add(signerCert);
        }
        if (m.signerType() == SignerType.CERTIFICATE) {
            signerCert = m.signerCertificates().get(0);
        } else if (signerCert == null) {
            throw new BadInputException(file + ": the signer is given as digest " + m.signerId().map(Object::toString).orElse("self")
                    + "; give its certificate with --signer");
        } else if (m.signerId().isPresent() && !m.signerId().get().equals(signerCert.hashedId8())) {
            throw new BadInputException("--signer " + signer + " has HashedId8 " + signerCert.hashedId8()
                    + " but the message was signed by " + m.signerId().get());
        }
        EcBackend ec = VerifyCommand.backend(backend);
        Optional<Time32> when = at == null ? Optional.empty() : Optional.of(PkiFiles.time(at));

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("message", spdu.length() + " bytes, PSID " + Inspection.psid(m.psid())
                + m.generationTime().map(t -> ", generated " + Inspection.time(t)).orElse(""));
        out.put("signer", signerCert.hashedId8().hex() + " (" + signerCert.type().name().toLowerCase() + ", " + m.signerType().name().toLowerCase() + ")");

        Optional<ECPoint> key = signerKey(ec, signerCert, known);
        String signature;
        if (key.isPresent()) {
            signature = new MessageSigner(ec).verify(m, signerCert, key.get()) ? "VALID" : "BAD_SIGNATURE";
        } else {
            signature = "not checked: the implicit signer certificate needs its issuer's certificate (--chain)";
        }
        out.put("signature", signature);

        List<Certificate> roots = PkiFiles.roots(known);
        int exit;
        if (roots.isEmpty()) {
            out.put("verdict", signature.equals("BAD_SIGNATURE") ? "BAD_SIGNATURE" : "UNTRUSTED_ROOT");
            out.put("reason", "no root certificate given (--chain ... ROOT): only the signature could be checked");
            exit = 1;
        } else {
            MessageValidator validator = new MessageValidator(new ChainValidator(ec, TrustStore.of(roots)));
            MessageValidation v = validator.validate(spdu, known, when);
            out.put("verdict", v.verdict().name());
            out.put("reason", v.reason());
            exit = v.isValid() ? 0 : 1;
        }
        when.ifPresent(t -> out.put("at", Inspection.time(t)));
        if (when.isEmpty()) {
            m.generationTime().map(Time64::toTime32).ifPresent(t -> out.put("at", Inspection.time(t) + " (generation time)"));
        }
        spec.commandLine().getOut().print(json ? Json.write(out) : Inspection.render(out));
        spec.commandLine().getOut().flush();
        return exit;
    }

    /** The signer's public key: explicit from the certificate, implicit reconstructed from an issuer found among {@code known}. */
    private static Optional<ECPoint> signerKey(EcBackend ec, Certificate signer, List<Certificate> known) {
        if (signer.isExplicit()) {
            return signer.verificationKey();
        }
        for (Certificate c : known) {
            if (signer.issuerId().isPresent() && c.hashedId8().equals(signer.issuerId().get()) && c.isExplicit()
                    && c.curve() == signer.curve()) {
                return Optional.of(Ecqv.reconstructPublicKey(ec, signer, c, c.verificationKey().orElseThrow()));
            }
        }
        return Optional.empty();
    }
}
