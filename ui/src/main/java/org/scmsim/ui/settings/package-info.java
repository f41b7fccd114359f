/** What the dashboard remembers between sessions, behind a store that tests can replace. */
package org.scmsim.ui.settings;
