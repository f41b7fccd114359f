/**
 * Where devices are: the region (a rectangle or a corridor), RSU sites, and the analytic contact
 * of a straight path with an RSU's radio disc (its chord), found through a spatial index.
 */
package org.scmsim.model.geo;
