package org.scmsim.scenarios.cli.pki;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.CrlGenerator;
import org.scmsim.crypto.crl.CrlVerification;
import org.scmsim.crypto.crl.HashBasedRevocationInfo;
import org.scmsim.crypto.crl.IMaxGroup;
import org.scmsim.crypto.crl.IndividualRevocation;
import org.scmsim.crypto.crl.JMaxGroup;
import org.scmsim.crypto.crl.LaGroup;
import org.scmsim.crypto.crl.LinkedRevocation;
import org.scmsim.crypto.crl.RevocationChecker;
import org.scmsim.crypto.crl.RevocationVerdict;
import org.scmsim.crypto.crl.SecuredCrl;
import org.scmsim.crypto.crl.ToBeSignedHashIdCrl;
import org.scmsim.crypto.crl.ToBeSignedLinkageValueCrl;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.scms.PseudonymCertificates;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.PkiCommand;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scmsim pki crl inspect|check|make}: IEEE 1609.2 CRLs. */
@Command(name = "crl", mixinStandardHelpOptions = true,
        description = "Inspect, check against and make IEEE 1609.2 certificate revocation lists (SecuredCrl).",
        subcommands = {CrlCommand.Inspect.class, CrlCommand.Check.class, CrlCommand.Make.class})
public final class CrlCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static SecuredCrl readCrl(Path file, String option) throws BadInputException {
        byte[] bytes = PkiInput.read(file, option);
        try {
            return SecuredCrl.decode(bytes);
        } catch (DecodeException e) {
            throw new BadInputException(option + " " + file + ": not a SecuredCrl: " + e.getMessage());
        }
    }

    /** Verifies against a CRLG certificate if given; returns a line to print. */
    static String signatureLine(SecuredCrl crl, Path crlg) throws BadInputException {
        if (crlg == null) {
            return "signature: not checked (give --crlg CERT)";
        }
        Certificate c = PkiInput.certificate(crlg, "--crlg");
        if (c.verificationKey().isEmpty()) {
            throw new BadInputException("--crlg " + crlg + ": implicit certificate; the CRL generator's must be explicit");
        }
        EcBackend backend = EcBackends.createDefault(Randomness.secure());
        CrlVerification v = crl.verify(backend, c, c.verificationKey().get());
        return "signature: " + v + " (CRL generator " + c.hashedId8().hex() + ")";
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true, description = "Print a CRL's header and entries.")
    static final class Inspect implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "SecuredCrl (binary or hex; the CAMP download wrapper is accepted).")
        Path file;

        @Option(names = "--crlg", paramLabel = "CERT", description = "Check the signature with this CRL generator certificate.")
        Path crlg;

        @Override
        public Integer call() throws Exception {
            SecuredCrl crl = readCrl(file, "FILE");
            CrlContents c = crl.contents();
            PrintWriter out = spec.commandLine().getOut();
            out.println("SecuredCrl" + (crl.wasWrapped() ? " (in the CAMP download wrapper)" : ""));
            out.println("  crlSeries   " + c.crlSeries());
            out.println("  crlCraca    " + c.crlCraca().hex());
            out.println("  issueDate   " + c.issueDate());
            out.println("  nextCrl     " + c.nextCrl());
            out.println("  priority    " + (c.priority().isPresent() ? c.priority().getAsInt() : "-"));
            out.println("  signer      " + crl.envelope().signerId().map(h -> h.hex()).orElse("self"));
            if (c.typeSpecific() instanceof ToBeSignedHashIdCrl h) {
                out.println("  type        " + (h.delta() ? "deltaHashCrl" : "fullHashCrl") + ", crlSerial " + h.crlSerial()
                        + ", " + h.entries().size() + " entries");
                for (HashBasedRevocationInfo e : h.entries()) {
                    out.println("    HashedId10 " + e.id().hex() + "  expiry " + e.expiry());
                }
            } else {
                ToBeSignedLinkageValueCrl l = (ToBeSignedLinkageValueCrl) c.typeSpecific();
                out.printf(Locale.ROOT, "  type        %s, iRev %d (0x%X), indexWithinI %d, %d individual, %d group entries%n",
                        l.delta() ? "deltaLinkedCrl" : "fullLinkedCrl", l.iRev(), l.iRev(), l.indexWithinI(),
                        l.entryCount() - l.groups().size(), l.groups().size());
                for (JMaxGroup jg : l.individual()) {
                    for (LaGroup la : jg.contents()) {
                        for (IMaxGroup im : la.contents()) {
                            for (IndividualRevocation r : im.contents()) {
                                out.printf(Locale.ROOT, "    jmax %d  la1Id %s ls1 %s  la2Id %s ls2 %s  iMax %d (0x%X)%n", jg.jmax(),
                                        la.la1Id(), r.linkageSeed1().hex(), la.la2Id(), r.linkageSeed2().hex(), im.iMax(), im.iMax());
                            }
                        }
                    }
                }
            }
            out.println(signatureLine(crl, crlg));
            return ScmsimCommand.EXIT_OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a certificate against a CRL: REVOKED with the matching entry, or NOT_REVOKED.",
                "Exit code 0 either way (3 with --fail-if-revoked when revoked)."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--crl", required = true, paramLabel = "FILE", description = "The SecuredCrl.")
        Path crlFile;

        @Option(names = "--cert", required = true, paramLabel = "CERT", description = "The certificate (COER, binary or hex).")
        Path certFile;

        @Option(names = "--crlg", paramLabel = "CERT", description = "Also check the CRL's signature with this CRL generator certificate.")
        Path crlg;

        @Option(names = "--fail-if-revoked", description = "Exit with code 3 when the certificate is revoked.")
        boolean failIfRevoked;

        @Override
        public Integer call() throws Exception {
            SecuredCrl crl = readCrl(crlFile, "--crl");
            Certificate cert = PkiInput.certificate(certFile, "--cert");
            RevocationVerdict v = RevocationChecker.check(crl.contents(), PseudonymCertificates.revocationTarget(cert));
            PrintWriter out = spec.commandLine().getOut();
            out.println(cert + ": " + v.status());
            v.match().ifPresent(m -> out.println("  matched " + m));
            out.println(signatureLine(crl, crlg));
            return v.isRevoked() && failIfRevoked ? 3 : ScmsimCommand.EXIT_OK;
        }
    }

    @Command(name = "make", mixinStandardHelpOptions = true,
            description = {"Make a signed test CRL with a new CRL generator key (its self-signed certificate is written",
                "next to the CRL as FILE.crlg.cert). Linkage entries: --revoke-device la1:la2:ls1:ls2:iMax (hex LA ids and",
                "seeds at --i-rev, decimal iMax), repeatable. Hash entries: --revoke-cert CERT, repeatable."})
    static final class Make implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the SecuredCrl (binary COER).")
        Path out;

        @Option(names = "--revoke-device", paramLabel = "LA1:LA2:LS1:LS2:IMAX", description = "A linkage entry (repeatable).")
        List<String> devices = new ArrayList<>();

        @Option(names = "--revoke-cert", paramLabel = "CERT", description = "A certificate to revoke by hash (repeatable).")
        List<Path> certs = new ArrayList<>();

        @Option(names = "--i-rev", defaultValue = "0", paramLabel = "I", description = "iRev of a linkage CRL (decimal or 0x hex).")
        String iRev;

        @Option(names = "--jmax", defaultValue = "20", paramLabel = "N", description = "Certificates per period. Default: ${DEFAULT-VALUE}.")
        int jmax;

        @Option(names = "--series", defaultValue = "1", paramLabel = "N", description = "crlSeries. Default: ${DEFAULT-VALUE}.")
        int series;

        @Option(names = "--issue-date", paramLabel = "INSTANT", description = "Issue date, ISO-8601 (default: now).")
        String issueDate;

        @Option(names = "--next-crl-hours", defaultValue = "24", paramLabel = "H", description = "nextCrl after the issue date. Default: ${DEFAULT-VALUE}.")
        int nextHours;

        @Override
        public Integer call() throws Exception {
            if (devices.isEmpty() == certs.isEmpty()) {
                throw new BadInputException("give either --revoke-device entries (linkage CRL) or --revoke-cert entries (hash CRL)");
            }
            Instant at;
            try {
                at = issueDate == null ? Instant.now() : Instant.parse(issueDate);
            } catch (DateTimeParseException e) {
                throw new BadInputException("--issue-date " + issueDate + ": not an ISO-8601 instant such as 2026-01-05T00:00:00Z");
            }
            if (nextHours < 1) {
                throw new BadInputException("--next-crl-hours " + nextHours + ": must be at least 1");
            }
            if (jmax < 1 || jmax > 255) {
                throw new BadInputException("--jmax " + jmax + ": must be 1..255");
            }
            if (series < 0 || series > 0xFFFF) {
                throw new BadInputException("--series " + series + ": must be 0..65535");
            }
            Time32 issue = Time32.of(at);
            Time32 next = issue.plusSeconds(nextHours * 3600L);
            EcBackend backend = EcBackends.createDefault(Randomness.secure());
            EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
            Certificate crlgCert = new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name("crlg.scmsim.test")
                    .validity(issue, Durations.years(20)).issuePermission(1, 0, 0x80, 0x23), key);
            CrlGenerator gen = new CrlGenerator(backend, new SigningCredential(crlgCert, key));
            CrlContents contents;
            if (!devices.isEmpty()) {
                int i = parseInt(iRev, "--i-rev", 0xFFFF);
                List<LinkedRevocation> entries = new ArrayList<>();
                for (String d : devices) {
                    entries.add(device(d));
                }
                contents = gen.linkageCrl(series, issue, next, i, 0, entries);
            } else {
                List<HashBasedRevocationInfo> entries = new ArrayList<>();
                for (Path p : certs) {
                    Certificate c = PkiInput.certificate(p, "--revoke-cert");
                    entries.add(new HashBasedRevocationInfo(c.hashedId10(), c.validityEnd()));
                }
                contents = gen.hashCrl(series, issue, next, 0, entries);
            }
            byte[] signed = gen.sign(contents);
            AtomicFiles.write(out, signed);
            Path certOut = out.resolveSibling(out.getFileName() + ".crlg.cert");
            AtomicFiles.write(certOut, crlgCert.encoded());
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + " (" + signed.length + " bytes, " + contents.entryCount() + " entries)");
            w.println("wrote " + certOut + " (CRL generator certificate " + crlgCert.hashedId8().hex() + ")");
            return ScmsimCommand.EXIT_OK;
        }

        private LinkedRevocation device(String spec) throws BadInputException {
            String[] p = spec.split(":");
            if (p.length != 5) {
                throw new BadInputException("--revoke-device " + spec + ": expected LA1:LA2:LS1:LS2:IMAX");
            }
            try {
                LaId la1 = LaId.of(HexFormat.of().parseHex(p[0]));
                LaId la2 = LaId.of(HexFormat.of().parseHex(p[1]));
                LinkageSeed s1 = LinkageSeed.ofHex(p[2]);
                LinkageSeed s2 = LinkageSeed.ofHex(p[3]);
                return new LinkedRevocation(jmax, la1, la2, parseInt(p[4], "--revoke-device iMax", 0xFFFF), s1, s2);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--revoke-device " + spec + ": " + e.getMessage()
                        + " (LA ids are 4 hex digits, seeds 32 hex digits)");
            }
        }
    }

    static int parseInt(String s, String option, int max) throws BadInputException {
        try {
            BigInteger v = s.startsWith("0x") || s.startsWith("0X") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new BadInputException(option + " " + s + ": must be 0.." + max);
            }
            return v.intValue();
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " " + s + ": not a number");
        }
    }

    /** Registers {@code scmsim pki crl}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "crl";
        }

        @Override
        public Object command() {
            return new CrlCommand();
        }

        @Override
        public String parent() {
            return PkiCommand.NAME;
        }
    }
}
