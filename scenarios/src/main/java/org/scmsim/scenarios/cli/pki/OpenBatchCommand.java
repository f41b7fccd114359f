package org.scmsim.scenarios.cli.pki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.butterfly.UnifiedCaterpillarKey;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.scms.OpenResult;
import org.scmsim.crypto.scms.OpenedPseudonym;
import org.scmsim.crypto.scms.PseudonymOpener;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.PkiCommand;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scmsim pki open-batch}: a device vendor's bench check of a downloaded pseudonym batch. */
@Command(name = "open-batch", mixinStandardHelpOptions = true,
        description = {"Open a downloaded pseudonym certificate batch with the device's butterfly secrets: for each",
            "response file <i hex>_<j hex> check the PCA signature, decrypt, reconstruct the private key and check it",
            "against the certificate. Prints i, j, HashedId8, linkage value, private key and the outcome.",
            "Exit code 0 when every response checks out, 1 when any does not."})
public final class OpenBatchCommand implements Callable<Integer> {

    private static final Pattern FILE_NAME = Pattern.compile("(?:.*/)?([0-9A-Fa-f]{1,4})_([0-9A-Fa-f]{1,2})(?:\\.[A-Za-z]+)?");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR_OR_ZIP", description = "A directory or .zip of response files named <i hex>_<j hex>.")
    Path batch;

    @Option(names = "--secrets", required = true, paramLabel = "SECRETS.json",
            description = {"The device's butterfly secrets as hex: {\"a\", \"ck\", \"h\", \"ek\"} (original),",
                "or {\"p\", \"k\"} (unified butterfly keys)."})
    Path secrets;

    @Option(names = "--pca", required = true, paramLabel = "CERT", description = "The PCA certificate (COER, binary or hex).")
    Path pca;

    @Option(names = "--backend", defaultValue = "bc", paramLabel = "NAME", description = "EC backend (bc, conscrypt). Default: ${DEFAULT-VALUE}.")
    String backend;

    @Override
    public Integer call() throws Exception {
        ButterflySecrets keys = readSecrets(secrets);
        Certificate pcaCert = PkiInput.certificate(pca, "--pca");
        if (pcaCert.verificationKey().isEmpty()) {
            throw new BadInputException("--pca " + pca + ": an implicit certificate; the PCA certificate must be explicit");
        }
        if (!EcBackends.providers().containsKey(backend)) {
            throw new BadInputException("--backend " + backend + ": unknown (available: " + String.join(", ", EcBackends.providers().keySet()) + ")");
        }
        EcBackend ec = EcBackends.create(backend, Randomness.secure());
        TreeMap<Long, byte[]> files = readBatch(batch);
        if (files.isEmpty()) {
            throw new BadInputException(batch + ": no response files named <i hex>_<j hex>");
        }
        PseudonymOpener opener = new PseudonymOpener(ec, keys, pcaCert, pcaCert.verificationKey().get());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-5s %-3s %-16s %-18s %-64s %s%n", "i", "j", "HashedId8", "linkage value", "private key", "outcome");
        int ok = 0;
        for (var e : files.entrySet()) {
            int i = (int) (e.getKey() >>> 16);
            int j = (int) (e.getKey() & 0xFFFF);
            OpenResult r = opener.open(i, j, e.getValue());
            if (r.isOk()) {
                ok++;
                OpenedPseudonym p = r.pseudonym().get();
                out.printf(Locale.ROOT, "%-5s %-3s %-16s %-18s %-64s %s%n", Integer.toHexString(i).toUpperCase(Locale.ROOT),
                        Integer.toHexString(j).toUpperCase(Locale.ROOT), p.certificate().hashedId8().hex(),
                        p.linkageValue().map(v -> v.hex()).orElse("-"),
                        HexFormat.of().formatHex(EcCurve.to32Bytes(p.key().privateKey())), "OK");
            } else {
                out.printf(Locale.ROOT, "%-5s %-3s %-16s %-18s %-64s %s: %s%n", Integer.toHexString(i).toUpperCase(Locale.ROOT),
                        Integer.toHexString(j).toUpperCase(Locale.ROOT), "-", "-", "-", r.outcome(), r.detail());
            }
        }
        out.printf(Locale.ROOT, "%d of %d responses check out%n", ok, files.size());
        return ok == files.size() ? ScmsimCommand.EXIT_OK : ScmsimCommand.EXIT_FAILURE;
    }

    static ButterflySecrets readSecrets(Path file) throws BadInputException {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("--secrets " + file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException("--secrets " + file + ": not valid JSON" + jsonProblem(e));
        }
        if (json == null || !json.isObject()) {
            throw new BadInputException("--secrets " + file + ": expected a JSON object with a, ck, h, ek (or p, k)");
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.matches("a|ck|h|ek|p|k")) {
                throw new BadInputException("--secrets " + file + ": unknown field '" + f + "' (expected a, ck, h, ek or p, k)");
            }
        }
        try {
            if (json.has("p") || json.has("k")) {
                return new UnifiedCaterpillarKey(scalar(json, "p", file), octets(json, "k", file));
            }
            return new CaterpillarKeys(scalar(json, "a", file), octets(json, "ck", file), scalar(json, "h", file), octets(json, "ek", file));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--secrets " + file + ": " + e.getMessage());
        }
    }

    private static String hexField(JsonNode json, String name, Path file) throws BadInputException {
        JsonNode v = json.get(name);
        if (v == null || !v.isTextual()) {
            throw new BadInputException("--secrets " + file + ": field '" + name + "' missing or not a hex string");
        }
        String s = v.asText().strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.isEmpty() || !s.matches("[0-9A-Fa-f]+")) {
            throw new BadInputException("--secrets " + file + ": field '" + name + "' is not hex");
        }
        return s;
    }

    private static BigInteger scalar(JsonNode json, String name, Path file) throws BadInputException {
        String s = hexField(json, name, file);
        if (s.length() > 64) {
            throw new BadInputException("--secrets " + file + ": field '" + name + "' is longer than 32 octets");
        }
        return new BigInteger(s, 16);
    }

    private static byte[] octets(JsonNode json, String name, Path file) throws BadInputException {
        String s = hexField(json, name, file);
        if (s.length() != 32) {
            throw new BadInputException("--secrets " + file + ": field '" + name + "' must be 16 octets (32 hex digits), not "
                    + s.length() + " digits");
        }
        return HexFormat.of().parseHex(s);
    }

    /** Response files by (i << 16 | j). */
    static TreeMap<Long, byte[]> readBatch(Path path) throws BadInputException {
        TreeMap<Long, byte[]> out = new TreeMap<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                for (Path p : s.sorted().toList()) {
                    Matcher m = FILE_NAME.matcher(p.getFileName().toString());
                    if (Files.isRegularFile(p) && m.matches()) {
                        out.put(key(m), Files.readAllBytes(p));
                    }
                }
            } catch (IOException e) {
                throw new BadInputException(path + ": cannot read (" + e.getMessage() + ")");
            }
            return out;
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path + ": no such directory or zip file");
        }
        try (InputStream in = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(in)) {
            boolean any = false;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                any = true;
                Matcher m = FILE_NAME.matcher(e.getName());
                if (!e.isDirectory() && m.matches()) {
                    out.put(key(m), zip.readNBytes(1 << 20));
                }
            }
            if (!any) {
                throw new BadInputException(path + ": not a directory or a zip archive with entries");
            }
        } catch (ZipException e) {
            throw new BadInputException(path + ": not a valid zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read (" + e.getMessage() + ")");
        }
        return out;
    }

    private static long key(Matcher m) {
        return ((long) Integer.parseInt(m.group(1), 16) << 16) | Integer.parseInt(m.group(2), 16);
    }

    /** Registers {@code scmsim pki open-batch}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "open-batch";
        }

        @Override
        public Object command() {
            return new OpenBatchCommand();
        }

        @Override
        public String parent() {
            return PkiCommand.NAME;
        }
    }

    /** " at line L, column C: what" for a JSON parse error, without the parser's source description. */
    static String jsonProblem(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            com.fasterxml.jackson.core.JsonLocation at = j.getLocation();
            String what = j.getOriginalMessage() == null ? "" : j.getOriginalMessage().lines().findFirst().orElse("");
            int cut = what.indexOf(" (start marker at");
            what = cut > 0 ? what.substring(0, cut) : what;
            return at == null ? ": " + what : " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
        }
        return " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + ")";
    }
}
