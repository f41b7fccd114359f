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
import java.util.Comparator;
import java.util.Map;
import org.scmsim.crypto.crl.CrlAcceptance;
import org.scmsim.crypto.crl.CrlKind;
import org.scmsim.crypto.crl.CrlStore;
import org.scmsim.crypto.crl.GroupCrlEntry;
import org.scmsim.crypto.crl.RevocationTarget;
import org.scmsim.crypto.crl.RevocationView;
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
            throw new BadInputException((option.isEmpty() ? "" : option + " ") + file + ": not a SecuredCrl: " + e.getMessage());
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
            SecuredCrl crl = readCrl(file, "");
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
                for (GroupCrlEntry g : l.groups()) {
                    out.printf(Locale.ROOT, "    group  la1Id %s gs1 %s  la2Id %s gs2 %s  iMax %d (0x%X)%n", g.la1Id(),
                            g.linkageSeed1().hex(), g.la2Id(), g.linkageSeed2().hex(), g.iMax(), g.iMax());
                }
            }
            out.println(signatureLine(crl, crlg));
            return ScmsimCommand.EXIT_OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a certificate against a CRL: REVOKED with the matching entry, or NOT_REVOKED.",
                "Several --crl files (a full CRL and its deltas, any order) are merged into one view first; that needs",
                "--crlg, and every CRL must verify, belong to one series and leave no gap.",
                "Exit code 0 either way (3 with --fail-if-revoked when revoked)."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--crl", required = true, paramLabel = "FILE",
                description = "A SecuredCrl (repeatable: a full CRL and its delta CRLs).")
        List<Path> crlFiles = new ArrayList<>();

        @Option(names = "--cert", required = true, paramLabel = "CERT", description = "The certificate (COER, binary or hex).")
        Path certFile;

        @Option(names = "--crlg", paramLabel = "CERT", description = "Check the CRLs' signatures with this CRL generator certificate.")
        Path crlg;

        @Option(names = "--at", paramLabel = "INSTANT",
                description = "With several CRLs: the time they are merged at, ISO-8601 (default: now); CRLs issued later are refused.")
        String at;

        @Option(names = "--fail-if-revoked", description = "Exit with code 3 when the certificate is revoked.")
        boolean failIfRevoked;

        @Override
        public Integer call() throws Exception {
            Certificate cert = PkiInput.certificate(certFile, "--cert");
            RevocationTarget target = PseudonymCertificates.revocationTarget(cert);
            PrintWriter out = spec.commandLine().getOut();
            RevocationVerdict v;
            if (crlFiles.size() == 1) {
                SecuredCrl crl = readCrl(crlFiles.get(0), "--crl");
                v = RevocationChecker.check(crl.contents(), target);
                out.println(cert + ": " + v.status());
                v.match().ifPresent(m -> out.println("  matched " + m));
                out.println(signatureLine(crl, crlg));
            } else {
                RevocationView view = merged(out);
                v = view.check(target);
                out.println(cert + ": " + v.status());
                v.match().ifPresent(m -> out.println("  matched " + m));
            }
            return v.isRevoked() && failIfRevoked ? 3 : ScmsimCommand.EXIT_OK;
        }

        /** Every --crl offered to one CrlStore in chain order (by serial or iRev/index; a full CRL before a delta). */
        private RevocationView merged(PrintWriter out) throws BadInputException {
            if (crlg == null) {
                throw new BadInputException("--crl given " + crlFiles.size() + " times: merging CRLs needs --crlg CERT to verify them");
            }
            Certificate g = PkiInput.certificate(crlg, "--crlg");
            if (g.verificationKey().isEmpty()) {
                throw new BadInputException("--crlg " + crlg + ": implicit certificate; the CRL generator's must be explicit");
            }
            Time32 now = Time32.of(instant(at, "--at"));
            List<Map.Entry<Path, SecuredCrl>> crls = new ArrayList<>();
            for (Path f : crlFiles) {
                crls.add(Map.entry(f, readCrl(f, "--crl")));
            }
            crls.sort(Comparator.comparingLong((Map.Entry<Path, SecuredCrl> e) -> chainPosition(e.getValue().contents()))
                    .thenComparing(e -> e.getValue().contents().typeSpecific().delta()));
            CrlStore store = new CrlStore(EcBackends.createDefault(Randomness.secure()), g, g.verificationKey().get(),
                    crls.get(0).getValue().contents().crlSeries());
            for (Map.Entry<Path, SecuredCrl> e : crls) {
                CrlAcceptance a = store.accept(e.getValue(), now);
                CrlContents c = e.getValue().contents();
                out.println("  " + e.getKey() + ": " + describe(c) + " -> " + a);
                if (!a.isAccepted()) {
                    throw new BadInputException("--crl " + e.getKey() + ": refused (" + a + "); the CRLs do not make one series"
                            + " of verified full and delta CRLs");
                }
            }
            RevocationView view = store.view();
            out.println("merged: crlSeries " + view.crlSeries() + ", " + view.entryCount() + " entries, " + view.timelinessAt(now)
                    + " at " + now + " (CRL generator " + g.hashedId8().hex() + ", signatures VALID)");
            return view;
        }
    }

    /** Order within a chain: crlSerial for hash CRLs, (iRev, indexWithinI) for linkage CRLs. */
    static long chainPosition(CrlContents c) {
        if (c.typeSpecific() instanceof ToBeSignedHashIdCrl h) {
            return h.crlSerial();
        }
        ToBeSignedLinkageValueCrl l = (ToBeSignedLinkageValueCrl) c.typeSpecific();
        return ((long) l.iRev() << 8) | l.indexWithinI();
    }

    static String describe(CrlContents c) {
        if (c.typeSpecific() instanceof ToBeSignedHashIdCrl h) {
            return (h.delta() ? "deltaHashCrl" : "fullHashCrl") + " crlSerial " + h.crlSerial() + ", " + h.entries().size() + " entries";
        }
        ToBeSignedLinkageValueCrl l = (ToBeSignedLinkageValueCrl) c.typeSpecific();
        return String.format(Locale.ROOT, "%s iRev %d indexWithinI %d, %d entries", l.delta() ? "deltaLinkedCrl" : "fullLinkedCrl",
                l.iRev(), l.indexWithinI(), l.entryCount());
    }

    static Instant instant(String s, String option) throws BadInputException {
        try {
            return s == null ? Instant.now() : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " " + s + ": not an ISO-8601 instant such as 2026-01-05T00:00:00Z");
        }
    }

    @Command(name = "make", mixinStandardHelpOptions = true,
            description = {"Make a signed test CRL, full or delta (--delta). Linkage entries: --revoke-device",
                "la1:la2:ls1:ls2:iMax (hex LA ids and seeds at --i-rev, decimal iMax) and --revoke-group la1:la2:gs1:gs2:iMax",
                "(group seeds at --i-rev), repeatable. Hash entries: --revoke-cert CERT, repeatable. Without entries, --type",
                "says which kind. Signed by a new CRL generator key (its self-signed certificate and private key are written",
                "next to the CRL as FILE.crlg.cert and FILE.crlg.key), or by --crlg CERT --crlg-key KEY to continue a series."})
    static final class Make implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the SecuredCrl (binary COER).")
        Path out;

        @Option(names = "--revoke-device", paramLabel = "LA1:LA2:LS1:LS2:IMAX", description = "A linkage entry (repeatable).")
        List<String> devices = new ArrayList<>();

        @Option(names = "--revoke-group", paramLabel = "LA1:LA2:GS1:GS2:IMAX", description = "A group linkage entry (repeatable).")
        List<String> groups = new ArrayList<>();

        @Option(names = "--revoke-cert", paramLabel = "CERT", description = "A certificate to revoke by hash (repeatable).")
        List<Path> certs = new ArrayList<>();

        @Option(names = "--type", paramLabel = "hash|linkage", description = "The CRL kind when no entries are given.")
        String type;

        @Option(names = "--delta", description = "A delta CRL (the entries revoked since the previous CRL of the series).")
        boolean delta;

        @Option(names = "--i-rev", defaultValue = "0", paramLabel = "I", description = "iRev of a linkage CRL (decimal or 0x hex).")
        String iRev;

        @Option(names = "--index-within-i", defaultValue = "0", paramLabel = "N",
                description = "indexWithinI of a linkage CRL: CRLs of the series already issued with this iRev. Default: ${DEFAULT-VALUE}.")
        int indexWithinI;

        @Option(names = "--serial", defaultValue = "0", paramLabel = "N",
                description = "crlSerial of a hash CRL: one more with every CRL of the series. Default: ${DEFAULT-VALUE}.")
        long serial;

        @Option(names = "--jmax", defaultValue = "20", paramLabel = "N", description = "Certificates per period. Default: ${DEFAULT-VALUE}.")
        int jmax;

        @Option(names = "--series", defaultValue = "1", paramLabel = "N", description = "crlSeries. Default: ${DEFAULT-VALUE}.")
        int series;

        @Option(names = "--issue-date", paramLabel = "INSTANT", description = "Issue date, ISO-8601 (default: now).")
        String issueDate;

        @Option(names = "--next-crl-hours", defaultValue = "24", paramLabel = "H", description = "nextCrl after the issue date. Default: ${DEFAULT-VALUE}.")
        int nextHours;

        @Option(names = "--crlg", paramLabel = "CERT", description = "Sign with this CRL generator certificate (with --crlg-key).")
        Path crlgCert;

        @Option(names = "--crlg-key", paramLabel = "KEY", description = "The CRL generator's private key (hex), as make writes it.")
        Path crlgKey;

        @Override
        public Integer call() throws Exception {
            org.scmsim.scenarios.cli.OutputFolders.forFile(out, "--out");
            boolean linkage = kind();
            Time32 issue = Time32.of(instant(issueDate, "--issue-date"));
            if (nextHours < 1) {
                throw new BadInputException("--next-crl-hours " + nextHours + ": must be at least 1");
            }
            if (jmax < 1 || jmax > 255) {
                throw new BadInputException("--jmax " + jmax + ": must be 1..255");
            }
            if (series < 0 || series > 0xFFFF) {
                throw new BadInputException("--series " + series + ": must be 0..65535");
            }
            if (indexWithinI < 0 || indexWithinI > 255) {
                throw new BadInputException("--index-within-i " + indexWithinI + ": must be 0..255");
            }
            if (serial < 0 || serial > 0xFFFF_FFFFL) {
                throw new BadInputException("--serial " + serial + ": must be 0..4294967295");
            }
            Time32 next = issue.plusSeconds(nextHours * 3600L);
            EcBackend backend = EcBackends.createDefault(Randomness.secure());
            boolean newGenerator = crlgCert == null;
            SigningCredential credential = newGenerator ? newGenerator(backend, issue) : existingGenerator();
            CrlGenerator gen = new CrlGenerator(backend, credential);
            CrlKind kind = delta ? CrlKind.DELTA : CrlKind.FULL;
            CrlContents contents;
            if (linkage) {
                int i = parseInt(iRev, "--i-rev", 0xFFFF);
                List<LinkedRevocation> entries = new ArrayList<>();
                for (String d : devices) {
                    entries.add(device(d));
                }
                List<GroupCrlEntry> groupEntries = new ArrayList<>();
                for (String g : groups) {
                    groupEntries.add(group(g));
                }
                contents = gen.linkageCrl(kind, series, issue, next, i, indexWithinI, entries, groupEntries);
            } else {
                List<HashBasedRevocationInfo> entries = new ArrayList<>();
                for (Path p : certs) {
                    Certificate c = PkiInput.certificate(p, "--revoke-cert");
                    entries.add(new HashBasedRevocationInfo(c.hashedId10(), c.validityEnd()));
                }
                contents = gen.hashCrl(kind, series, issue, next, serial, entries);
            }
            byte[] signed = gen.sign(contents);
            AtomicFiles.write(out, signed);
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + " (" + signed.length + " bytes, " + describe(contents) + ")");
            if (newGenerator) {
                Path certOut = out.resolveSibling(out.getFileName() + ".crlg.cert");
                Path keyOut = out.resolveSibling(out.getFileName() + ".crlg.key");
                AtomicFiles.write(certOut, credential.certificate().encoded());
                AtomicFiles.writeString(keyOut, HexFormat.of().formatHex(EcCurve.to32Bytes(credential.keyPair().privateKey())) + "\n");
                w.println("wrote " + certOut + " (CRL generator certificate " + credential.certificate().hashedId8().hex() + ")");
                w.println("wrote " + keyOut + " (its private key; sign later CRLs of the series with --crlg and --crlg-key)");
            }
            return ScmsimCommand.EXIT_OK;
        }

        /** True for a linkage CRL, false for a hash CRL. */
        private boolean kind() throws BadInputException {
            boolean hasLinkage = !devices.isEmpty() || !groups.isEmpty();
            boolean hasHash = !certs.isEmpty();
            if (hasLinkage && hasHash) {
                throw new BadInputException("give either linkage entries (--revoke-device, --revoke-group) or hash entries"
                        + " (--revoke-cert), not both");
            }
            if (type != null && !type.equals("hash") && !type.equals("linkage")) {
                throw new BadInputException("--type " + type + ": must be hash or linkage");
            }
            if (type != null && ((type.equals("hash") && hasLinkage) || (type.equals("linkage") && hasHash))) {
                throw new BadInputException("--type " + type + " does not match the entries given");
            }
            if (!hasLinkage && !hasHash && type == null) {
                throw new BadInputException("no entries: give --revoke-device, --revoke-group or --revoke-cert entries, or --type hash|linkage"
                        + " for a CRL without entries");
            }
            return hasLinkage || "linkage".equals(type);
        }

        private SigningCredential newGenerator(EcBackend backend, Time32 issue) {
            EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
            Certificate crlgCertificate = new CertificateIssuer(backend).selfSigned(CertificateTemplate.create().name("crlg.scmsim.test")
                    .validity(issue, Durations.years(20)).issuePermission(1, 0, 0x80, 0x23), key);
            return new SigningCredential(crlgCertificate, key);
        }

        private SigningCredential existingGenerator() throws BadInputException {
            if (crlgKey == null) {
                throw new BadInputException("--crlg " + crlgCert + " needs --crlg-key KEY (the generator's private key, hex)");
            }
            Certificate c = PkiInput.certificate(crlgCert, "--crlg");
            if (c.verificationKey().isEmpty()) {
                throw new BadInputException("--crlg " + crlgCert + ": implicit certificate; the CRL generator's must be explicit");
            }
            byte[] k = PkiInput.hexOrBinary(PkiInput.read(crlgKey, "--crlg-key"));
            if (k.length != 32) {
                throw new BadInputException("--crlg-key " + crlgKey + ": expected a 32-byte private key (64 hex digits), got "
                        + k.length + " bytes");
            }
            EcKeyPair key;
            try {
                key = EcKeyPair.of(c.curve(), new BigInteger(1, k));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--crlg-key " + crlgKey + ": not a private key: " + e.getMessage());
            }
            if (!key.publicKey().equals(c.verificationKey().get())) {
                throw new BadInputException("--crlg-key " + crlgKey + ": not the private key of --crlg " + crlgCert);
            }
            return new SigningCredential(c, key);
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

        private GroupCrlEntry group(String spec) throws BadInputException {
            String[] p = spec.split(":");
            if (p.length != 5) {
                throw new BadInputException("--revoke-group " + spec + ": expected LA1:LA2:GS1:GS2:IMAX");
            }
            try {
                return new GroupCrlEntry(parseInt(p[4], "--revoke-group iMax", 0xFFFF), LaId.of(HexFormat.of().parseHex(p[0])),
                        LinkageSeed.ofHex(p[2]), LaId.of(HexFormat.of().parseHex(p[1])), LinkageSeed.ofHex(p[3]));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--revoke-group " + spec + ": " + e.getMessage()
                        + " (LA ids are 4 hex digits, group seeds 32 hex digits)");
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
