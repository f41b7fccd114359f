package org.scmsim.crypto.butterfly;

/** The two butterfly key schemes of IEEE 1609.2.1. */
public enum ButterflyVariant {
    /** Separate signing (a, ck) and encryption (h, ek) caterpillar keys; the PCA signs its response. */
    ORIGINAL,
    /**
     * Unified butterfly keys (Simplicio et al. 2018; 1609.2.1 {@code AdditionalParams.unified},
     * {@code flags.cubk}): one caterpillar key pair and one expansion key; the response is encrypted
     * to the cocoon key itself and not signed.
     */
    UNIFIED
}
