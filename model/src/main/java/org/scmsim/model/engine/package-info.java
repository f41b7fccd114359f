/**
 * The discrete-event engine: {@link org.scmsim.model.engine.Simulation} (clock and run loop) and
 * {@link org.scmsim.model.engine.EventCalendar} (a 4-ary heap of packed longs for the near future
 * beside an unsorted list for later events, ordered by time, priority and insertion sequence, with
 * lazy cancellation). Nothing here knows about the SCMS.
 */
package org.scmsim.model.engine;
