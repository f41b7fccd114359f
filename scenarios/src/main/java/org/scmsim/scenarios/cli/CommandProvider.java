package org.scmsim.scenarios.cli;

/**
 * Adds a subcommand to {@code scmsim} from a module the CLI does not depend on (the dashboard,
 * the cluster runner). Implementations are found with {@link java.util.ServiceLoader}.
 */
public interface CommandProvider {

    /** The subcommand's name, e.g. {@code ui}. */
    String name();

    /** A new picocli command object. */
    Object command();
}
