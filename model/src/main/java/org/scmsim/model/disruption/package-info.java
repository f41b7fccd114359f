/**
 * Disruptions applied to a run (procurement resource section 2.2.2): component and backhaul
 * outages, CA key exposures with re-bootstrapping at installer capacity, deployment delays; and
 * what each caused (device-hours without certificates, recovery time, devices re-bootstrapped).
 */
package org.scmsim.model.disruption;
