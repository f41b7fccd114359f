/**
 * IEEE 1609.2 certificates: {@link org.scmsim.crypto.cert.Certificate} (decoded, with its
 * encoding, tbs encoding and HashedId8), {@link org.scmsim.crypto.cert.Certificates} (decode,
 * encode, signature check), {@link org.scmsim.crypto.cert.CertificateTemplate} (the fields an
 * issuer sets), {@link org.scmsim.crypto.cert.CertificateIssuer} (explicit and ECQV implicit
 * issuance) and {@link org.scmsim.crypto.cert.Ecqv} (implicit public/private key reconstruction
 * with the 1609.2 hash {@code e = SHA-256(SHA-256(tbs) || SHA-256(issuer)) mod n}).
 */
package org.scmsim.crypto.cert;
