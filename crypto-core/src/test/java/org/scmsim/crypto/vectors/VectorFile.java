package org.scmsim.crypto.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the public test vectors in {@code src/test/resources/vectors/scms/} and {@code vectors/} (see the READMEs):
 * CAMP files (a label line, the hex value on it or on the next line) and the Korean trace files
 * ({@code NAME = hex} lines).
 */
public final class VectorFile {

    private static final Pattern HEX = Pattern.compile("0x([0-9A-Fa-f]+)");

    private final String name;
    private final List<String> lines;

    private VectorFile(String name, List<String> lines) {
        this.name = name;
        this.lines = lines;
    }

    public static VectorFile load(String fileName) {
        String path = VectorFile.class.getResource("/vectors/scms/" + fileName) != null
                ? "/vectors/scms/" + fileName : "/vectors/" + fileName;
        try (InputStream in = VectorFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector resource " + path);
            }
            return new VectorFile(fileName, new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part of the file from the {@code occurrence}-th (0-based) line starting with {@code marker}. */
    public VectorFile section(String marker, int occurrence) {
        int seen = 0;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).trim().startsWith(marker) && seen++ == occurrence) {
                return new VectorFile(name + "#" + marker + occurrence, lines.subList(k, lines.size()));
            }
        }
        throw new IllegalStateException(name + ": no section '" + marker + "' #" + occurrence);
    }

    /** The hex values on the first line starting with {@code label}, or else on the next line that has any. */
    public List<String> hexValues(String label) {
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).trim();
            if (line.startsWith(label)) {
                String rest = line.substring(label.length());
                String onLine = rest.contains("=") ? rest.substring(rest.indexOf('=') + 1).trim() : rest.trim();
                if (onLine.equals("\"\"")) {
                    return List.of(); // an empty octet string
                }
                List<String> found = hexIn(onLine);
                for (int m = k + 1; found.isEmpty() && m < lines.size(); m++) {
                    found = hexIn(lines.get(m));
                }
                return found;
            }
        }
        throw new IllegalStateException(name + ": no line starting with '" + label + "'");
    }

    public byte[] bytes(String label) {
        return HexFormat.of().parseHex(hexValues(label).get(0));
    }

    public BigInteger integer(String label) {
        return new BigInteger(hexValues(label).get(0), 16);
    }

    /** The value of a {@code KEY = hex} line (the Korean trace files). */
    public String value(String key) {
        for (String line : lines) {
            int eq = line.indexOf(" = ");
            if (eq > 0 && !line.startsWith("#")) {
                String k = line.substring(0, eq).trim();
                if (k.equals(key)) {
                    String v = line.substring(eq + 3).trim();
                    int comment = v.indexOf("//");
                    return (comment >= 0 ? v.substring(0, comment) : v).trim();
                }
            }
        }
        throw new IllegalStateException(name + ": no key '" + key + "'");
    }

    public byte[] hex(String key) {
        return HexFormat.of().parseHex(value(key));
    }

    private static List<String> hexIn(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = HEX.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
