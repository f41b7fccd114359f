/**
 * IEEE 1609.2 certificate revocation lists: {@code CrlContents} (hash-based and linkage-based),
 * the signed {@code SecuredCrl}, and checking certificates against CRLs, both entry by entry and
 * with a precomputed per-week index for receivers that check many certificates per second.
 */
package org.scmsim.crypto.crl;
