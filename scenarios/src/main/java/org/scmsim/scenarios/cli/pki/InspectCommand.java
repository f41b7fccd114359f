package org.scmsim.scenarios.cli.pki;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.scenarios.cli.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scmsim pki inspect FILE [--json]}. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Decode an IEEE 1609.2 certificate or Ieee1609Dot2Data (signed, encrypted, unsecured) and print its fields:",
            "type, issuer, id (with iCert and linkage value), validity in UTC and Time32, region, PSIDs/SSPs, keys,",
            "signature and HashedId8. FILE holds binary COER or hex text; FILE#NAME takes the hex value NAME of a",
            "test-vector text file (NAME = hex), e.g. kr_bluetech_ca_certs.txt#RCA_CERT_HEX. Certificate options accept both too."},
        footer = {"", "Exit codes: 0 decoded, 2 not a valid 1609.2 structure or unreadable file."})
public final class InspectCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(paramLabel = "FILE", description = "certificate or Ieee1609Dot2Data, binary COER or hex text")
    Path file;

    @CommandLine.Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> tree = describe(file, PkiFiles.read(file));
        spec.commandLine().getOut().print(json ? Json.write(tree) : Inspection.render(tree));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The description of a certificate or an Ieee1609Dot2Data, whichever the bytes are. */
    static Map<String, Object> describe(Path file, byte[] bytes) throws BadInputException {
        boolean dataFirst = bytes[0] == 0x03; // Ieee1609Dot2Data starts with protocolVersion 3; a certificate with its preamble
        DecodeException asCert = null;
        DecodeException asData = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            boolean tryData = (attempt == 0) == dataFirst;
            try {
                return tryData ? Inspection.data(Spdu.decode(bytes)) : Inspection.certificate(Certificates.decode(bytes));
            } catch (DecodeException e) {
                if (tryData) {
                    asData = e;
                } else {
                    asCert = e;
                }
            }
        }
        if (bytes.length > 7 && bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 1) {
            // the Korean SCMS CRL download wraps the SecuredCrl in 3 leading and 4 trailing bytes
            try {
                Map<String, Object> inner = Inspection.data(Spdu.decode(java.util.Arrays.copyOfRange(bytes, 3, bytes.length - 4)));
                Map<String, Object> wrapped = new java.util.LinkedHashMap<>();
                wrapped.put("wrapper", "CRL download: 3 leading bytes " + java.util.HexFormat.of().formatHex(bytes, 0, 3)
                        + " and 4 trailing bytes " + java.util.HexFormat.of().formatHex(bytes, bytes.length - 4, bytes.length)
                        + " around an Ieee1609Dot2Data");
                wrapped.putAll(inner);
                return wrapped;
            } catch (DecodeException ignored) {
                // not that either: report the two attempts below
            }
        }
        DecodeException first = dataFirst ? asData : asCert;
        DecodeException second = dataFirst ? asCert : asData;
        throw new BadInputException(file + ": not a valid IEEE 1609.2 structure (" + bytes.length + " bytes): as "
                + first.getMessage() + "; as " + second.getMessage());
    }
}
