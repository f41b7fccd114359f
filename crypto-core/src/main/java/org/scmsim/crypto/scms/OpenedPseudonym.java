package org.scmsim.crypto.scms;

import java.math.BigInteger;
import java.util.Optional;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.linkage.LinkageValue;

/**
 * A pseudonym certificate the device opened and can sign with.
 *
 * @param privateKeyInfo the value the PCA sent: s (implicit) or c (explicit)
 * @param key the final signing key pair (private key checked against the certificate)
 */
public record OpenedPseudonym(int i, int j, Certificate certificate, BigInteger privateKeyInfo, EcKeyPair key,
        Optional<LinkageValue> linkageValue) {
}
