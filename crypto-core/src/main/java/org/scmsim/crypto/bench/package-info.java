/**
 * A measuring harness for the certificate pipeline's stages (RA expansion, PCA issuance, device
 * open, CRL check) on a chosen backend and thread count. The clock is passed in, as everywhere in
 * crypto-core; {@code scmsim bench crypto} prints and saves the figures, JMH benchmarks in the
 * {@code bench} module measure the same operations.
 */
package org.scmsim.crypto.bench;
