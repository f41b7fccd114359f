package org.scmsim.ui.settings;

import java.util.Optional;

/**
 * Where the dashboard keeps what it remembers between sessions (window position, theme, the last
 * scenario). {@link PreferencesStore} is the real one; tests inject a {@link MemoryStore}.
 */
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    default double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;   // a damaged entry is forgotten, never fatal
        }
    }

    default int getInt(String key, int fallback) {
        try {
            return get(key).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** Makes what was put durable (no-op where everything is already durable). */
    default void flush() {
    }
}
