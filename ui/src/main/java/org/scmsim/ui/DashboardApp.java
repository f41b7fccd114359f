package org.scmsim.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application of {@code scmsim ui}. */
public final class DashboardApp extends Application {

    private Dashboard dashboard;

    @Override
    public void start(Stage stage) {
        dashboard = new Dashboard(org.scmsim.ui.settings.PreferencesStore.forUser());
        dashboard.show(stage);
    }

    @Override
    public void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }
}
