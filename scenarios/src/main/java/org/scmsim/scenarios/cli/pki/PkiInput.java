package org.scmsim.scenarios.cli.pki;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.scenarios.cli.BadInputException;

/** Reading 1609.2 objects from files given on the command line: binary COER or hex text. */
final class PkiInput {

    private PkiInput() {
    }

    /**
     * The file's bytes as {@link PkiFiles#read} reads them: binary COER, hex text, or one named value
     * of a test-vector file ({@code FILE#NAME}); errors name the option (an empty one for a positional file).
     */
    static byte[] read(Path file, String option) throws BadInputException {
        try {
            return PkiFiles.read(file);
        } catch (BadInputException e) {
            throw option.isEmpty() ? e : new BadInputException(option + " " + e.getMessage());
        }
    }

    static byte[] hexOrBinary(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1).strip();
        if (text.startsWith("0x") || text.startsWith("0X")) {
            text = text.substring(2);
        }
        String compact = text.replaceAll("\\s+", "");
        if (!compact.isEmpty() && compact.length() % 2 == 0 && compact.matches("[0-9A-Fa-f]+")) {
            return HexFormat.of().parseHex(compact);
        }
        return raw;
    }

    static Certificate certificate(Path file, String option) throws BadInputException {
        byte[] bytes = read(file, option);
        try {
            return Certificates.decode(bytes);
        } catch (DecodeException e) {
            throw new BadInputException(option + " " + file + ": not an IEEE 1609.2 certificate: " + e.getMessage());
        }
    }
}
