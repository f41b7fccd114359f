package org.scmsim.crypto.cert;

import org.scmsim.crypto.ec.EcKeyPair;

/** A certificate and the key pair that goes with it: what a CA (or an end entity) signs with. */
public record SigningCredential(Certificate certificate, EcKeyPair keyPair) {
}
