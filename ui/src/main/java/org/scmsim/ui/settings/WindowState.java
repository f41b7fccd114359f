package org.scmsim.ui.settings;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window was and how big, remembered between sessions. A remembered position that
 * no longer lies on any screen (a monitor was unplugged) is dropped and the window is centred.
 *
 * @param x         left edge, or NaN when never saved
 * @param y         top edge, or NaN
 * @param width     width
 * @param height    height
 * @param maximized whether the window was maximised
 */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 420;

    public static WindowState defaults() {
        return new WindowState(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    public static WindowState load(SettingsStore store) {
        return new WindowState(store.getDouble("window.x", Double.NaN), store.getDouble("window.y", Double.NaN),
                Math.max(MIN_WIDTH, store.getDouble("window.width", DEFAULT_WIDTH)),
                Math.max(MIN_HEIGHT, store.getDouble("window.height", DEFAULT_HEIGHT)),
                store.getBoolean("window.maximized", false));
    }

    public void save(SettingsStore store) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            store.put("window.x", Double.toString(x));
            store.put("window.y", Double.toString(y));
        }
        store.put("window.width", Double.toString(width));
        store.put("window.height", Double.toString(height));
        store.put("window.maximized", Boolean.toString(maximized));
    }

    /** The stage's current state (its size before maximising is not known to JavaFX, so keep ours). */
    public static WindowState of(Stage stage, WindowState before) {
        if (stage.isMaximized()) {
            return new WindowState(before.x, before.y, before.width, before.height, true);
        }
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    }

    /** Puts the stage where this state says, if that is on a screen. */
    public void applyTo(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, Math.max(MIN_WIDTH, screen.getWidth())));     // never larger than the screen
        stage.setHeight(Math.min(height, Math.max(MIN_HEIGHT, screen.getHeight())));
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(maximized);
    }

    private boolean onSomeScreen() {
        // at least the title bar's first 100 x 40 pixels must be visible somewhere
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(100, width), 40)).isEmpty();
    }
}
