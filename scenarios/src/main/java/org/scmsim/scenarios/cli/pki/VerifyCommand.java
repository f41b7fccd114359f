package org.scmsim.scenarios.cli.pki;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.trust.ChainValidation;
import org.scmsim.crypto.trust.ChainValidator;
import org.scmsim.crypto.trust.TrustStore;
import org.scmsim.scenarios.cli.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scmsim pki verify FILE --issuer CERT [--chain CERT...] [--at TIME]}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Validate a certificate's chain at a time: signatures, validity, permissions, regions.",
            "The root (the self-signed certificate among --issuer and --chain) is the trust anchor.",
            "For an implicit certificate, prints the public key reconstructed with ECQV."},
        footer = {"", "Exit codes: 0 VALID, 1 any other verdict, 2 bad input (unreadable or undecodable file, bad option)."})
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "FILE", description = "the certificate to verify (COER or hex)")
    Path file;

    @CommandLine.Option(names = "--issuer", required = true, paramLabel = "CERT",
            description = "the issuer's certificate (the certificate itself for a self-signed root)")
    Path issuer;

    @CommandLine.Option(names = "--chain", arity = "1..*", paramLabel = "CERT",
            description = "further certificates up to and including the root")
    List<Path> chain;

    @CommandLine.Option(names = "--at", paramLabel = "TIME",
            description = "validation time: ISO-8601 (2023-03-01T12:00:00Z), a date, or Time32 seconds; default now")
    String at;

    @CommandLine.Option(names = "--backend", defaultValue = "bc", description = "EC backend (default ${DEFAULT-VALUE})")
    String backend;

    @CommandLine.Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Certificate cert = PkiFiles.certificate(file);
        List<Certificate> others = new ArrayList<>();
        others.add(PkiFiles.certificate(issuer));
        others.addAll(PkiFiles.certificates(chain));
        Time32 when = PkiFiles.time(at);
        List<Certificate> roots = PkiFiles.roots(others);
        if (cert.isSelfSigned()) {
            roots.add(cert);
        }
        if (roots.isEmpty()) {
            throw new BadInputException("no root certificate: give the self-signed root with --issuer or --chain");
        }
        ChainValidator validator = new ChainValidator(backend(backend), TrustStore.of(roots));
        ChainValidation v = validator.validate(cert, others, when);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("certificate", cert.hashedId8().hex() + " (" + cert.type().name().toLowerCase() + ")");
        out.put("verdict", v.verdict().name());
        out.put("reason", v.reason());
        out.put("at", Inspection.time(when));
        List<Object> path = new ArrayList<>();
        for (Certificate c : v.path()) {
            path.add(c.hashedId8().hex() + c.name().map(n -> " " + n).orElse("") + (c.isSelfSigned() ? " (root)" : ""));
        }
        out.put("chain", path);
        v.publicKey().ifPresent(k -> out.put(cert.isImplicit() ? "reconstructedPublicKey" : "publicKey", Inspection.point(k)));
        spec.commandLine().getOut().print(json ? Json.write(out) : Inspection.render(out));
        spec.commandLine().getOut().flush();
        return v.isValid() ? 0 : 1;
    }

    static org.scmsim.crypto.ec.EcBackend backend(String name) throws BadInputException {
        try {
            return EcBackends.create(name, Randomness.secure());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--backend: " + e.getMessage());
        }
    }
}
