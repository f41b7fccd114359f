/**
 * {@code scmsim pki}: IEEE 1609.2 tools for integrators on real bytes: {@code inspect}
 * (certificates, signed and encrypted data), {@code verify} (a certificate's chain, with the
 * reconstructed key of an implicit certificate), {@code verify-message} (signed data),
 * {@code issue} (test hierarchies) and {@code open-batch} (a downloaded batch of pseudonym
 * responses). Inputs are binary COER or hex text files.
 */
package org.scmsim.scenarios.cli.pki;
