/**
 * Elliptic-curve primitives behind a pluggable {@link org.scmsim.crypto.ec.EcBackend}: key pairs,
 * ECDSA over 32-byte hashes, ECDH and point multiplication on NIST P-256 and brainpoolP256r1.
 * Backends are chosen by name ({@link org.scmsim.crypto.ec.EcBackends}); {@code "bc"}, the
 * BouncyCastle lightweight API on the fast {@code CustomNamedCurves} P-256, is the default.
 * Randomness is either deterministic (seeded DRBG and RFC 6979 signatures, for reproducible
 * simulations) or SecureRandom ({@link org.scmsim.crypto.ec.Randomness}).
 */
package org.scmsim.crypto.ec;
