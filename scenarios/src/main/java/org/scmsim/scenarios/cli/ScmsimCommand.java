package org.scmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scmsim} command line. */
@Command(name = "scmsim",
        mixinStandardHelpOptions = true,
        versionProvider = ScmsimCommand.VersionProvider.class,
        description = {
            "Discrete-event simulation and capacity planning of a V2X Security Credential Management System.",
            "Run a scenario and find certificate demand, SCMS backlog and latency, in results on disk."},
        subcommands = {RunCommand.class, ExperimentCommand.class, SweepCommand.class, ValidateCommand.class,
            CommandLine.HelpCommand.class, ScenariosCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failure while running, 2 bad input (scenario or experiment file, arguments),",
            "130 interrupted (Ctrl-C; finished replications are kept, continue with --resume)."})
public final class ScmsimCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with every subcommand, including those of other modules on the classpath. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ScmsimCommand());
        Map<String, CommandLine> groups = new LinkedHashMap<>();
        groups.put(PkiCommand.NAME, new CommandLine(new PkiCommand()));
        groups.put(BenchCommand.NAME, new CommandLine(new BenchCommand()));
        List<CommandProvider> providers = new ArrayList<>();
        ServiceLoader.load(CommandProvider.class).forEach(providers::add);
        providers.sort(Comparator.comparing(CommandProvider::name));
        for (CommandProvider p : providers) {
            if (p.parent() == null) {
                cl.addSubcommand(p.name(), p.command());
            } else {
                CommandLine group = groups.get(p.parent());
                if (group == null) {
                    throw new IllegalStateException("command " + p.name() + " names an unknown group " + p.parent());
                }
                group.addSubcommand(p.name(), p.command());
            }
        }
        groups.forEach((name, group) -> {
            if (!group.getSubcommands().isEmpty()) {
                cl.addSubcommand(name, group);
            }
        });
        cl.setExecutionExceptionHandler(ScmsimCommand::handle);
        cl.setParameterExceptionHandler(ScmsimCommand::badArguments);
        return cl;
    }

    /**
     * An unknown option, a missing parameter or a value of the wrong type: the problem, picocli's
     * did-you-mean if it has one, and where to find the usage; not the whole usage text.
     */
    static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + e.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        return EXIT_BAD_INPUT;
    }

    /** Known failures become a message and an exit code, never a stack trace. */
    static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ScenarioException s) {
            for (ScenarioProblem p : s.problems()) {
                err.println("error: " + p);
            }
            return EXIT_BAD_INPUT;
        }
        if (e instanceof BadInputException b) {
            err.println("error: " + b.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (e instanceof java.io.IOException io) {
            err.println("error: " + io.getClass().getSimpleName().replace("Exception", "") + ": " + io.getMessage());
            return EXIT_FAILURE;
        }
        err.println("error: " + e);
        if (Boolean.getBoolean("scmsim.debug")) {
            e.printStackTrace(err);
        } else {
            err.println("(run with -Dscmsim.debug=true, e.g. SCMSIM_JAVA_OPTS=-Dscmsim.debug=true, for details)");
        }
        return EXIT_FAILURE;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Reports the build's version. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"scmsim " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
