/**
 * Butterfly key expansion (CAMP SCMS; IEEE 1609.2.1 §9.3): a device's caterpillar keys, the
 * expansion function {@code f_k(i,j)} and the cocoon keys the RA derives from them, in the original
 * variant (separate signing and encryption keys) and the unified one (one key pair and one
 * expansion key for both).
 *
 * <pre>
 *   x_sign = 0^32 || Uint32(i) || Uint32(j) || 0^32      x_enc = 1^32 || Uint32(i) || Uint32(j) || 0^32
 *   f_k(x) = [ (AES_k(x+1) XOR (x+1)) || (AES_k(x+2) XOR (x+2)) || (AES_k(x+3) XOR (x+3)) ] mod n
 *   B = A + f_ck(x_sign)·G      Q = H + f_ek(x_enc)·G
 * </pre>
 */
package org.scmsim.crypto.butterfly;
