/**
 * Trust: a {@link org.scmsim.crypto.trust.TrustStore} of root certificates, a
 * {@link org.scmsim.crypto.trust.ChainValidator} that builds and checks a certificate's chain to a
 * trusted root at a given time (signatures, ECQV keys, validity, permissions, regions), and a
 * {@link org.scmsim.crypto.trust.MessageValidator} for signed data. Outcomes are
 * {@link org.scmsim.crypto.trust.Verdict} values; time is always an argument.
 */
package org.scmsim.crypto.trust;
