package org.scmsim.ui.settings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Settings held in memory: for tests, and for a dashboard that must not touch the user's preferences. */
public final class MemoryStore implements SettingsStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    /** A copy of everything stored. */
    public Map<String, String> snapshot() {
        return Map.copyOf(values);
    }
}
