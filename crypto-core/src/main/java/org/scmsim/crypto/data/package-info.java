/**
 * {@code Ieee1609Dot2Data}: {@link org.scmsim.crypto.data.Spdu} (decode any secured PDU),
 * {@link org.scmsim.crypto.data.SignedMessage} (signed data: header, payload, signer, signature),
 * {@link org.scmsim.crypto.data.EncryptedMessage} (recipients and ciphertext, for inspection), and
 * {@link org.scmsim.crypto.data.MessageSigner} (sign and check signatures with the 1609.2 hash
 * {@code SHA-256(SHA-256(tbsData) || SHA-256(signer certificate))}).
 */
package org.scmsim.crypto.data;
