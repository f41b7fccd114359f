/**
 * IEEE 1609.2 secured-data envelopes the SCMS roles exchange: {@link SignedEnvelope} (an
 * {@code Ieee1609Dot2Data} with {@code signedData} over an opaque payload) and
 * {@link EncryptedEnvelope} ({@code encryptedData}: ECIES-wrapped AES-128-CCM key, one recipient).
 * Built on the COER schema of {@code org.scmsim.crypto.coer}.
 */
package org.scmsim.crypto.envelope;
