package org.scmsim.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the test-vector files in {@code src/test/resources/vectors/} (see the README there for
 * their sources). Understands {@code NAME ... = value} lines, C declarations
 * {@code static const char *name = "value";} / {@code static uint32_t name = 0x..;}, and a
 * {@code NAME (...):} line followed by the value on the next line. Comment lines start with '#'.
 */
public final class Vectors {

    private static final Pattern C_DECL = Pattern.compile("static [\\w ]+?\\*?\\s*(\\w+)\\s*=\\s*\"?([^\";]*)\"?;");
    private static final Pattern KEY = Pattern.compile("^([A-Za-z_]\\w*)");
    private static final Pattern HEADER = Pattern.compile("^([A-Za-z_][\\w]*)\\s*(\\(.*\\))?:\\s*$");

    private final Map<String, String> values;

    private Vectors(Map<String, String> values) {
        this.values = values;
    }

    public static Vectors load(String file) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector file " + file);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = C_DECL.matcher(line);
                if (m.find()) {
                    map.put(m.group(1), m.group(2));
                    continue;
                }
                m = HEADER.matcher(line);
                if (m.matches() && i + 1 < lines.length) {
                    map.put(m.group(1), lines[i + 1].strip());
                    continue;
                }
                m = KEY.matcher(line);
                int eq = line.lastIndexOf('=');
                if (m.find() && eq > 0) {
                    String value = line.substring(eq + 1).strip();
                    if (!value.isEmpty() && !value.contains(" ")) {
                        map.put(m.group(1), value);
                    }
                }
            }
            return new Vectors(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no vector " + key + " (have " + values.keySet() + ")");
        }
        return v;
    }

    public byte[] hex(String key) {
        return HexFormat.of().parseHex(text(key).toLowerCase());
    }

    public java.math.BigInteger integer(String key) {
        return new java.math.BigInteger(1, hex(key));
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Map<String, String> all() {
        return values;
    }
}
