package org.scmsim.scenarios.cli.pki;

import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.PkiCommand;

/** The {@code scmsim pki} subcommands of this package, for {@link java.util.ServiceLoader}. */
public final class PkiCommandProviders {

    private PkiCommandProviders() {
    }

    /** {@code pki inspect}. */
    public static final class Inspect implements CommandProvider {
        @Override
        public String name() {
            return "inspect";
        }

        @Override
        public Object command() {
            return new InspectCommand();
        }

        @Override
        public String parent() {
            return PkiCommand.NAME;
        }
    }

    /** {@code pki verify}. */
    public static final class Verify implements CommandProvider {
        @Override
        public String name() {
            return "verify";
        }

        @Override
        public Object command() {
            return new VerifyCommand();
        }

        @Override
        public String parent() {
            return PkiCommand.NAME;
        }
    }

    /** {@code pki verify-message}. */
    public static final class VerifyMessage implements CommandProvider {
        @Override
        public String name() {
            return "verify-message";
        }

        @Override
        public Object command() {
            return new VerifyMessageCommand();
        }

        @Override
        public String parent() {
            return PkiCommand.NAME;
        }
    }

    /** {@code pki issue}. */
    public static final class Issue implements CommandProvider {
        @Override
        public String name() {
            return "issue";
        }

        @Override
        public Object command() {
            return new IssueCommand();
        }

        @Override
        public String parent() {
            return PkiCommand.NAME;
        }
    }
}
