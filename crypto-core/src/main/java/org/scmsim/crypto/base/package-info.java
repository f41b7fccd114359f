/**
 * IEEE 1609.2 base values: {@link org.scmsim.crypto.base.HashedId8}, {@link org.scmsim.crypto.base.HashedId10},
 * {@link org.scmsim.crypto.base.HashedId3}, {@link org.scmsim.crypto.base.Time32} (TAI seconds since
 * 2004-01-01 with the leap-second table) and the SHA-256 helpers the standard's hashes are built from.
 */
package org.scmsim.crypto.base;
