package org.scmsim.crypto.scms;

import org.scmsim.crypto.linkage.LaId;

/** An LA's handle on one device's linkage seed chain; the RA keeps the pair (LA1's, LA2's) per device. */
public record LinkageChainId(LaId laId, long serial) {
}
