/**
 * The discrete-event engine: {@link org.scmsim.model.engine.Simulation} (clock and run loop) and
 * {@link org.scmsim.model.engine.EventCalendar} (a primitive 4-ary heap ordered by time,
 * priority and insertion sequence). Nothing here knows about the SCMS.
 */
package org.scmsim.model.engine;
