package org.scmsim.scenarios.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scmsim pki}: the group of IEEE 1609.2 tools (inspect, verify, issue, open-batch, crl). */
@Command(name = PkiCommand.NAME,
        mixinStandardHelpOptions = true,
        description = {"IEEE 1609.2 / 1609.2.1 tools on real certificates, signed data, batches and CRLs."})
public final class PkiCommand implements Runnable {

    public static final String NAME = "pki";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
