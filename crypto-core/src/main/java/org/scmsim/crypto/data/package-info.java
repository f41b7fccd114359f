/**
 * {@code Ieee1609Dot2Data}, one set of classes for every secured message: {@link org.scmsim.crypto.data.Spdu}
 * (decode any secured PDU; write and read unsecuredData), {@link org.scmsim.crypto.data.SignedMessage}
 * (signed data: sign an opaque payload in directly written COER, decode, verify; header, payload,
 * signer, signature), {@link org.scmsim.crypto.data.EncryptedMessage} (encrypt to one ECIES
 * recipient, decode, decrypt; recipients and ciphertext), and {@link org.scmsim.crypto.data.MessageSigner}
 * (sign any ToBeSignedData and check signatures with the 1609.2 hash
 * {@code SHA-256(SHA-256(tbsData) || SHA-256(signer certificate))}).
 */
package org.scmsim.crypto.data;
