package org.scmsim.crypto.scms;

/**
 * What the PCA keeps of a pseudonym certificate for a later investigation: the two encrypted
 * pre-linkage values it was built from and its period (1609.2.1 {@code LinkageInfo}).
 */
public record LinkageInfo(int iCert, EncryptedPlv plv1, EncryptedPlv plv2) {
}
