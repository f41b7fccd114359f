package org.scmsim.ui;

import java.util.concurrent.Callable;
import javafx.application.Application;
import org.scmsim.scenarios.cli.CommandProvider;
import picocli.CommandLine.Command;

/** {@code scmsim ui}: opens the dashboard. */
@Command(name = "ui", mixinStandardHelpOptions = true, description = "Open the JavaFX planning dashboard.")
public final class UiCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        if (java.awt.GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            System.err.println("error: no display (DISPLAY is not set); the dashboard needs a graphical session");
            return 1;
        }
        Application.launch(DashboardApp.class);
        return 0;
    }

    /** Registers {@code ui} with the scmsim command line. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "ui";
        }

        @Override
        public Object command() {
            return new UiCommand();
        }
    }
}
