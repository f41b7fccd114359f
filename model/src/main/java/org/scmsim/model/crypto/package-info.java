/**
 * The seam between the model and real cryptography: what work a request carries. In
 * {@code model} fidelity nothing runs ({@link org.scmsim.model.crypto.CostOnly}); in
 * {@code full} and {@code sampled} fidelity the crypto-core operations run for real.
 */
package org.scmsim.model.crypto;
