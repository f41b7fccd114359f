package org.scmsim.ui.settings;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in {@link java.util.prefs.Preferences}: the user's node for the dashboard. */
public final class PreferencesStore implements SettingsStore {

    private final Preferences node;

    public PreferencesStore(Preferences node) {
        this.node = node;
    }

    /** The dashboard's node under the user's preferences ({@code /org/scmsim/ui}). */
    public static PreferencesStore forUser() {
        return new PreferencesStore(Preferences.userRoot().node("org/scmsim/ui"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    @Override
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: an unwritable store must not stop the dashboard
            System.err.println("warning: could not save dashboard settings: " + e.getMessage());
        }
    }
}
