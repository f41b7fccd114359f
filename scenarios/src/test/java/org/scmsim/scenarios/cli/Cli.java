package org.scmsim.scenarios.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code scmsim} command line in-process for tests, capturing what it prints. */
public final class Cli {

    private Cli() {
    }

    /** Exit code and the text printed on stdout and stderr. */
    public record Outcome(int exit, String out, String err) {
    }

    public static Outcome scmsim(String... args) {
        CommandLine cl = ScmsimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }
}
