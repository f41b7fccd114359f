/**
 * IEEE 1609.2 symmetric and hybrid encryption: KDF2 with SHA-256, MAC1 (HMAC-SHA-256 truncated to
 * 16 octets), AES-128-CCM with a 12-octet nonce and a 16-octet tag, and ECIES key wrapping on P-256
 * (1609.2 §5.3.5; Annex D.6.2).
 *
 * <p>For the PCA's responses to a device the ECIES parameter {@code P1} is SHA-256 of the empty
 * string; for data encrypted to a certificate it is
 * SHA-256 of that certificate. The CAMP {@code ecies.txt} vectors print the wrong P1: the erratum next
 * to them gives the one actually used.
 */
package org.scmsim.crypto.ecies;
