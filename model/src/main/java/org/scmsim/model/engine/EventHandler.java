package org.scmsim.model.engine;

/**
 * What an event does when it fires. The int payload lets one long-lived handler (usually a
 * method reference held in a field) serve many events, e.g. one per device id, without
 * allocating a closure per event.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(int payload);
}
