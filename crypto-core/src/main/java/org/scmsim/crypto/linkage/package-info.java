/**
 * Linkage seeds and linkage values (CAMP SCMS; IEEE 1609.2 §5.1.3.4 defaults
 * {@code seedEvoFn1-sha256} and {@code lvGenFn1-aes128}), in the layout that reproduces real CRLs:
 * <pre>
 *   ls(i)     = first16( SHA-256( la_id || ls(i-1) || 0^112 ) )
 *   plv(i,j)  = first9( AES_ls(i)( la_id || Uint32(j) || 0^80 ) XOR ( la_id || Uint32(j) || 0^80 ) )
 *   lv(i,j)   = plv_1(i,j) XOR plv_2(i,j)
 * </pre>
 */
package org.scmsim.crypto.linkage;
