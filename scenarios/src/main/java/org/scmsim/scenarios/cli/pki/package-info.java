/**
 * {@code scmsim pki}: IEEE 1609.2 / SCMS tools for integrators on real bytes: {@code inspect}
 * (certificates, signed and encrypted data), {@code verify} (a certificate's chain, with the
 * reconstructed key of an implicit certificate), {@code verify-message} (signed data),
 * {@code issue} (test hierarchies), {@code open-batch} (a downloaded pseudonym batch opened with
 * the device's butterfly secrets) and {@code crl inspect|check|make}. Inputs are binary COER or
 * hex text files.
 */
package org.scmsim.scenarios.cli.pki;
