package org.scmsim.scenarios.cli.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.scenarios.cli.BadInputException;

/** Reading PKI inputs: binary COER or hex text, and times. */
final class PkiFiles {

    /** Files larger than this are not 1609.2 structures we handle. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private PkiFiles() {
    }

    /**
     * The bytes of {@code file}: if the file is text made only of hex digits (whitespace, line
     * breaks, ':' separators and "0x" prefixes allowed; '#' starts a comment line), the decoded
     * hex; otherwise the raw bytes (binary COER).
     */
    static byte[] read(Path file) throws BadInputException {
        String name = file.toString();
        int hash = name.lastIndexOf('#');
        if (hash > 0 && !Files.exists(file)) {
            return field(Path.of(name.substring(0, hash)), name.substring(hash + 1));
        }
        byte[] raw;
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": is a directory, expected a COER or hex file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file + ": larger than " + MAX_BYTES + " bytes, not a 1609.2 structure");
            }
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (raw.length == 0) {
            throw new BadInputException(file + ": is empty");
        }
        String hex = asHexText(raw);
        if (hex == null) {
            String notHex = textThatIsNotHex(raw);
            if (notHex != null) {
                throw new BadInputException(file + ": " + notHex);
            }
            return raw;
        }
        if (hex.isEmpty()) {
            throw new BadInputException(file + ": contains no hex digits");
        }
        if (hex.length() % 2 != 0) {
            throw new BadInputException(file + ": hex text has an odd number of digits (" + hex.length() + ")");
        }
        return HexFormat.of().parseHex(hex);
    }

    /**
     * One named hex value of a test-vector text file ({@code FILE#NAME}): a line
     * {@code NAME ... = HEX}, a C declaration {@code ... NAME = "HEX";}, or a line {@code NAME (...):}
     * followed by the hex on the next line, as in the project's vector collection.
     */
    static byte[] field(Path file, String field) throws BadInputException {
        List<String> lines;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file + ": larger than " + MAX_BYTES + " bytes");
            }
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(^|[\\s*])" + java.util.regex.Pattern.quote(field) + "\\b");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#") || !named.matcher(line).find()) {
                continue;
            }
            String value = null;
            if (line.startsWith(field) && line.endsWith(":") && i + 1 < lines.size()) {
                value = lines.get(i + 1).strip();
            } else if (line.contains("=")) {
                value = line.substring(line.lastIndexOf('=') + 1).strip().replace("\"", "").replace(";", "");
            }
            if (value != null && !value.isEmpty() && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                if (value.length() % 2 != 0) {
                    throw new BadInputException(file + "#" + field + ": odd number of hex digits");
                }
                return HexFormat.of().parseHex(value);
            }
        }
        throw new BadInputException(file + ": no hex value named " + field);
    }

    /** The hex digits of a hex text file, or null if the bytes are not such text. */
    static String asHexText(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        StringBuilder digits = new StringBuilder(raw.length);
        for (String line : text.split("\\R", -1)) {
            String l = line.strip();
            if (l.startsWith("#")) {
                continue;
            }
            l = l.replaceAll("0[xX]", "");
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (Character.digit(c, 16) >= 0) {
                    digits.append(c);
                } else if (c != ' ' && c != '\t' && c != ':' && c != ',') {
                    return null;
                }
            }
        }
        return digits.toString();
    }

    /**
     * Where a file that is plain text (no byte a COER structure would need outside printable ASCII)
     * stops being hex ("... line L, column C: 'x' is not a hex digit ..."), or null if {@code raw} is binary.
     * Binary COER always holds such bytes (a certificate starts with 0x80, signed data with 0x03).
     */
    static String textThatIsNotHex(byte[] raw) {
        for (byte b : raw) {
            int c = b & 0xff;
            if (c > 0x7e || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                return null;
            }
        }
        String[] lines = new String(raw, StandardCharsets.US_ASCII).split("\\R", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                boolean prefix = c == '0' && i + 1 < line.length() && (line.charAt(i + 1) == 'x' || line.charAt(i + 1) == 'X');
                if (prefix) {
                    i++;
                } else if (Character.digit(c, 16) < 0 && c != ' ' && c != '\t' && c != ':' && c != ',') {
                    return "a text file that is not hex: line " + (l + 1) + ", column " + (i + 1) + ": '" + c
                            + "' is not a hex digit (expected binary COER or hex text; FILE#NAME picks a named value"
                            + " out of a test-vector file)";
                }
            }
        }
        return null;
    }

    /** Decodes a certificate file, naming the file in any error. */
    static Certificate certificate(Path file) throws BadInputException {
        try {
            return Certificates.decode(read(file));
        } catch (DecodeException e) {
            throw new BadInputException(file + ": not a valid IEEE 1609.2 certificate: " + e.getMessage());
        }
    }

    static List<Certificate> certificates(List<Path> files) throws BadInputException {
        List<Certificate> l = new ArrayList<>();
        if (files != null) {
            for (Path f : files) {
                l.add(certificate(f));
            }
        }
        return l;
    }

    /** The self-signed certificates among {@code certificates} (the roots a trust store is made of), in a list that may grow. */
    static List<Certificate> roots(List<Certificate> certificates) {
        List<Certificate> roots = new ArrayList<>();
        for (Certificate c : certificates) {
            if (c.isSelfSigned()) {
                roots.add(c);
            }
        }
        return roots;
    }

    /**
     * A time given as an ISO-8601 instant ({@code 2023-03-01T12:00:00Z}), a date (midnight UTC)
     * or a Time32 number; {@code null} means now (the CLI, unlike crypto-core, may read the clock).
     */
    static Time32 time(String s) throws BadInputException {
        if (s == null) {
            return Time32.of(Instant.now());
        }
        String t = s.strip();
        try {
            if (t.matches("\\d+")) {
                return new Time32(Long.parseLong(t));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Time32.of(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return Time32.of(Instant.parse(t));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BadInputException("--at " + s + ": not a time (use e.g. 2023-03-01T12:00:00Z, 2023-03-01 or a Time32 number)");
        }
    }
}
