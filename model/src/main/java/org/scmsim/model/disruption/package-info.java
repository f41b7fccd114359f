/**
 * Disruptions applied to a run (procurement resource section 2.2.2): component and backhaul
 * outages, CA key exposures with re-bootstrapping at installer capacity, deployment delays,
 * cellular outages, policy changes (new LPF), time-sync failures, request storms, mass
 * revocations and a late SCMS launch (retroactive provisioning); and what each caused
 * (device-hours without certificates, recovery time, devices affected and re-bootstrapped,
 * certificates lost, requests added, the RA's wait).
 */
package org.scmsim.model.disruption;
