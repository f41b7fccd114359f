package org.scmsim.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** What is remembered, and how damaged or missing entries are handled. */
class WindowStateTest {

    @Test
    void savedStateLoadsBack() {
        MemoryStore store = new MemoryStore();
        new WindowState(40, 60, 1000, 700, true).save(store);
        assertThat(WindowState.load(store)).isEqualTo(new WindowState(40, 60, 1000, 700, true));
    }

    @Test
    void nothingSavedGivesTheDefaultsAndDamagedEntriesAreIgnored() {
        MemoryStore store = new MemoryStore();
        assertThat(WindowState.load(store)).isEqualTo(WindowState.defaults());
        store.put("window.width", "wide");
        store.put("window.height", "12");
        WindowState s = WindowState.load(store);
        assertThat(s.width()).isEqualTo(WindowState.DEFAULT_WIDTH);
        assertThat(s.height()).isGreaterThanOrEqualTo(420);   // never restored unusably small
    }

    @Test
    void thePreferencesStoreKeepsValuesInItsNode() throws Exception {
        Preferences node = Preferences.userRoot().node("org/scmsim/ui-test-" + ProcessHandle.current().pid());
        try {
            PreferencesStore store = new PreferencesStore(node);
            new WindowState(1, 2, 800, 600, false).save(store);
            store.flush();
            assertThat(WindowState.load(new PreferencesStore(node))).isEqualTo(new WindowState(1, 2, 800, 600, false));
        } finally {
            node.removeNode();
        }
    }
}
