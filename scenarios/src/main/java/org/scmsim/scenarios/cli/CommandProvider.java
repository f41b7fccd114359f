package org.scmsim.scenarios.cli;

/**
 * Adds a subcommand to {@code scmsim} from a module or package the root command does not name
 * (the dashboard, the PKI tools, the benchmarks, the cluster runner). Implementations are found
 * with {@link java.util.ServiceLoader}; each module lists its providers in
 * {@code META-INF/services/org.scmsim.scenarios.cli.CommandProvider}.
 */
public interface CommandProvider {

    /** The subcommand's name, e.g. {@code ui} or, under {@link #parent()} {@code pki}, {@code inspect}. */
    String name();

    /** A new picocli command object. */
    Object command();

    /**
     * The group this command belongs to: {@code null} for a top-level command, else the name of a
     * group such as {@link PkiCommand#NAME pki} or {@link BenchCommand#NAME bench}.
     */
    default String parent() {
        return null;
    }
}
