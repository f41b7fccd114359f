/**
 * JMH benchmarks: the event calendar against SSJ and DSOL on the hold model, the crypto stages of
 * pseudonym provisioning, and the model's scaling with the number of devices. Figures and the
 * commands that produced them are in {@code BENCHMARKS.md}.
 */
package org.scmsim.bench;
