/**
 * The Conscrypt (BoringSSL) {@link org.scmsim.crypto.ec.EcBackend}, named {@code conscrypt}: native
 * P-256 key generation, ECDH and ECDSA; BouncyCastle for point arithmetic on given scalars (butterfly
 * expansion, ECQV reconstruction), which BoringSSL does not expose through the JCA.
 */
package org.scmsim.crypto.conscrypt;
