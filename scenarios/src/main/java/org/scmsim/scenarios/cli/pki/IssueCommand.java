package org.scmsim.scenarios.cli.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.cert.ImplicitIssuance;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.scenarios.cli.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code scmsim pki issue --out DIR}: a complete test hierarchy in the shape of the CAMP SCMS
 * (and of the Korean production SCMS in our test vectors): RCA, ICA, PCA, ECA, RA, MA, CRLG, an
 * enrollment certificate, a week (or more) of pseudonym certificates and an RSU application
 * certificate, with every private key.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Make a test SCMS hierarchy into a folder: RCA (self-signed) -> ICA -> PCA, ECA, RA, MA; RCA -> CRLG;",
            "ECA -> enrollment certificate (implicit); PCA -> pseudonym certificates (implicit, linkage id, 169 h each)",
            "and an RSU application certificate (implicit). Writes <name>.cert (COER; hex text with --hex), <name>.key",
            "(private signing key, hex), <name>.enc.key (encryption keys), for implicit certificates <name>.s (the CA's",
            "reconstruction value r) and <name>.seed.key (the requester's key k), and manifest.json.",
            "Linkage values are random placeholders (no linkage authorities involved)."},
        footer = {"", "Exit codes: 0 written, 2 bad input (options, non-empty folder without --force)."})
public final class IssueCommand implements Callable<Integer> {

    private static final long PSID_BSM = 32;
    private static final long PSID_SCMS = 35;
    private static final long PSID_WSA = 135;
    private static final long PSID_MISBEHAVIOR = 38;
    private static final long PSID_CRL = 256;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
    Path out;

    @CommandLine.Option(names = "--seed", paramLabel = "N",
            description = "deterministic keys and signatures from this seed (default: SecureRandom)")
    Long seed;

    @CommandLine.Option(names = "--start", paramLabel = "TIME",
            description = "validity start of every certificate (ISO-8601, date or Time32; default today 00:00 UTC)")
    String start;

    @CommandLine.Option(names = "--country", defaultValue = "840", paramLabel = "CODE",
            description = "country of the region of every certificate (ISO 3166-1 numeric; default ${DEFAULT-VALUE}, USA)")
    int country;

    @CommandLine.Option(names = "--weeks", defaultValue = "1", description = "weeks of pseudonym certificates (default ${DEFAULT-VALUE})")
    int weeks;

    @CommandLine.Option(names = "--per-week", defaultValue = "20", description = "pseudonym certificates per week (default ${DEFAULT-VALUE})")
    int perWeek;

    @CommandLine.Option(names = "--psid", split = ",", paramLabel = "PSID",
            description = "PSIDs of pseudonym certificates (default 32,35,135)")
    List<Long> psids;

    @CommandLine.Option(names = "--curve", defaultValue = "secp256r1",
            description = "curve of every key: secp256r1 or brainpoolP256r1 (default ${DEFAULT-VALUE})")
    String curveName;

    @CommandLine.Option(names = "--explicit",
            description = "issue the end-entity certificates as explicit certificates (default: implicit, ECQV)")
    boolean explicitEndEntities;

    @CommandLine.Option(names = "--hex", description = "write certificates as hex text instead of binary COER")
    boolean hex;

    @CommandLine.Option(names = "--force", description = "write into a non-empty folder, replacing files of the same names")
    boolean force;

    private final List<Map<String, Object>> manifest = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        check();
        EcCurve curve;
        try {
            curve = EcCurve.byStandardName(curveName);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--curve: " + e.getMessage());
        }
        if (curve != EcCurve.NIST_P256 && !explicitEndEntities) {
            throw new BadInputException("--curve " + curveName + ": implicit (ECQV) certificates are supported on secp256r1 only;"
                    + " add --explicit for explicit end-entity certificates");
        }
        Time32 t0 = start == null ? Time32.of(Instant.now().truncatedTo(ChronoUnit.DAYS)) : PkiFiles.time(start);
        Randomness randomness = seed == null ? Randomness.secure() : Randomness.deterministic(seed, "scmsim pki issue");
        EcBackend ec = EcBackends.createDefault(randomness);
        CertificateIssuer issuer = new CertificateIssuer(ec);
        List<Long> eePsids = psids == null || psids.isEmpty() ? List.of(PSID_BSM, PSID_SCMS, PSID_WSA) : psids;
        long[] eePsidArray = eePsids.stream().mapToLong(Long::longValue).toArray();
        org.scmsim.scenarios.cli.OutputFolders.create(out, "--out");

        EcKeyPair rcaKey = ec.generateKeyPair(curve);
        SigningCredential rca = new SigningCredential(issuer.selfSigned(CertificateTemplate.create().name("rca.test.scmsim")
                .validity(t0, Durations.years(60)).countryRegion(country).issuePermission(1, -1, 0xC0), rcaKey), rcaKey);
        write("rca", "root CA", rca, null);
        SigningCredential ica = explicit(issuer, ec, curve, rca, CertificateTemplate.create().name("ica.test.scmsim")
                .validity(t0, Durations.years(20)).countryRegion(country).issuePermission(1, 1, 0xC0));
        write("ica", "intermediate CA", ica, null);
        SigningCredential pca = explicit(issuer, ec, curve, ica, CertificateTemplate.create().name("pca.test.scmsim")
                .validity(t0, Durations.years(20)).countryRegion(country).issuePermission(1, 0, 0x80, eePsidArray));
        write("pca", "pseudonym CA (also issues application certificates)", pca, null);
        SigningCredential eca = explicit(issuer, ec, curve, ica, CertificateTemplate.create().name("eca.test.scmsim")
                .validity(t0, Durations.years(20)).countryRegion(country).issuePermission(1, 0, 0x40, eePsidArray));
        write("eca", "enrollment CA", eca, null);
        EcKeyPair raEnc = ec.generateKeyPair(curve);
        SigningCredential ra = explicit(issuer, ec, curve, ica, CertificateTemplate.create().name("ra.test.scmsim")
                .validity(t0, Durations.years(20)).countryRegion(country).appPermission(PSID_SCMS).encryptionKey(curve, raEnc.publicKey()));
        write("ra", "registration authority", ra, raEnc);
        EcKeyPair maEnc = ec.generateKeyPair(curve);
        SigningCredential ma = explicit(issuer, ec, curve, ica, CertificateTemplate.create().name("ma.test.scmsim")
                .validity(t0, Durations.years(20)).countryRegion(country).appPermission(PSID_MISBEHAVIOR).encryptionKey(curve, maEnc.publicKey()));
        write("ma", "misbehavior authority", ma, maEnc);
        SigningCredential crlg = explicit(issuer, ec, curve, rca, CertificateTemplate.create().name("crlg.test.scmsim")
                .validity(t0, Durations.years(20)).countryRegion(country).appPermission(PSID_SCMS).appPermission(PSID_CRL));
        write("crlg", "CRL generator", crlg, null);

        CertificateTemplate enrol = CertificateTemplate.create().binaryId(new byte[]{1}).validity(t0, Durations.years(6))
                .countryRegion(country).requestPermission(1, 0, 0x80, eePsidArray);
        implicit(issuer, ec, curve, eca, enrol, "enrollment", "enrollment certificate (OBU)");

        byte[] craca = crlg.certificate().hashedId8().bytes();
        for (int w = 0; w < weeks; w++) {
            for (int j = 0; j < perWeek; j++) {
                byte[] lv = new byte[9];
                randomness.random().nextBytes(lv);
                CertificateTemplate t = CertificateTemplate.create().linkage(w, lv)
                        .craca(crlg.certificate().hashedId8()).crlSeries(1)
                        .validity(t0.plusSeconds(w * 604_800L), Durations.hours(169)).countryRegion(country);
                for (long p : eePsidArray) {
                    t.appPermission(p);
                }
                implicit(issuer, ec, curve, pca, t, String.format("pseudonym/%x_%x", w, j), "pseudonym certificate i=" + w + " j=" + j);
            }
        }
        CertificateTemplate rsu = CertificateTemplate.create().binaryId(new byte[]{2}).validity(t0, Durations.hours(169))
                .craca(crlg.certificate().hashedId8()).crlSeries(3).countryRegion(country).appPermission(PSID_WSA);
        implicit(issuer, ec, curve, pca, rsu, "rsu-application", "RSU application certificate");

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "scmsim pki issue");
        m.put("seed", seed);
        m.put("start", Inspection.time(t0));
        m.put("curve", curve.standardName());
        m.put("cracaId", HexFormat.of().formatHex(craca, 5, 8));
        m.put("certificates", manifest);
        AtomicFiles.writeString(out.resolve("manifest.json"), Json.write(m));

        var o = spec.commandLine().getOut();
        o.printf("%-28s %-18s %-9s %s%n", "certificate", "HashedId8", "type", "valid until");
        for (Map<String, Object> e : manifest) {
            o.printf("%-28s %-18s %-9s %s%n", e.get("name"), e.get("hashedId8"), e.get("type"), e.get("validUntil"));
        }
        o.println("Wrote " + manifest.size() + " certificates with their keys to " + out);
        o.flush();
        return 0;
    }

    private void check() throws BadInputException, IOException {
        if (weeks < 0 || weeks > 520) {
            throw new BadInputException("--weeks must be within 0..520, got " + weeks);
        }
        if (perWeek < 1 || perWeek > 1000) {
            throw new BadInputException("--per-week must be within 1..1000, got " + perWeek);
        }
        if (country < 0 || country > 65535) {
            throw new BadInputException("--country must be a numeric country code 0..65535, got " + country);
        }
        if (psids != null) {
            for (long p : psids) {
                if (p < 0) {
                    throw new BadInputException("--psid values must not be negative, got " + p);
                }
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + ": exists and is not a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new BadInputException("--out " + out + ": folder is not empty (use --force to write into it)");
                }
            }
        }
    }

    private static SigningCredential explicit(CertificateIssuer issuer, EcBackend ec, EcCurve curve, SigningCredential parent,
                                              CertificateTemplate t) {
        EcKeyPair key = ec.generateKeyPair(curve);
        return new SigningCredential(issuer.issueExplicit(t, curve, key.publicKey(), parent), key);
    }

    private void implicit(CertificateIssuer issuer, EcBackend ec, EcCurve curve, SigningCredential ca, CertificateTemplate t,
                          String name, String role) throws IOException {
        if (explicitEndEntities) {
            write(name, role, explicit(issuer, ec, curve, ca, t), null);
            manifest.get(manifest.size() - 1).put("issuer", ca.certificate().hashedId8().hex());
            return;
        }
        EcKeyPair seedKey = ec.generateKeyPair(curve);
        ImplicitIssuance out = issuer.issueImplicit(t, seedKey.publicKey(), ca);
        EcKeyPair key = Ecqv.reconstructKeyPair(ec, out.certificate(), ca.certificate(), ca.keyPair().publicKey(),
                out.reconstructionPrivate(), seedKey.privateKey());
        write(name, role, new SigningCredential(out.certificate(), key), null);
        writeScalar(name + ".s", out.reconstructionPrivate());
        writeScalar(name + ".seed.key", seedKey.privateKey());
        manifest.get(manifest.size() - 1).put("issuer", ca.certificate().hashedId8().hex());
    }

    private void write(String name, String role, SigningCredential c, EcKeyPair encryption) throws IOException {
        Path certFile = out.resolve(name + ".cert");
        Files.createDirectories(certFile.getParent());
        byte[] enc = c.certificate().encoded();
        if (hex) {
            AtomicFiles.writeString(certFile, HexFormat.of().formatHex(enc) + "\n");
        } else {
            AtomicFiles.write(certFile, enc);
        }
        writeScalar(name + ".key", c.keyPair().privateKey());
        if (encryption != null) {
            writeScalar(name + ".enc.key", encryption.privateKey());
        }
        Certificate cert = c.certificate();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", name);
        e.put("role", role);
        e.put("file", name + ".cert");
        e.put("type", cert.type().name().toLowerCase());
        e.put("hashedId8", cert.hashedId8().hex());
        cert.issuerId().ifPresent(h -> e.put("issuer", h.hex()));
        e.put("validFrom", cert.validityStart().toInstant().toString());
        e.put("validUntil", cert.validityEnd().toInstant().toString());
        e.put("bytes", enc.length);
        manifest.add(e);
    }

    private void writeScalar(String file, BigInteger k) throws IOException {
        AtomicFiles.writeString(out.resolve(file), HexFormat.of().formatHex(EcCurve.to32Bytes(k)) + "\n");
    }
}
