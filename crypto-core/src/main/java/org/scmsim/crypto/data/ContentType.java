package org.scmsim.crypto.data;

/** {@code Ieee1609Dot2Content} choices. */
public enum ContentType {
    UNSECURED_DATA,
    SIGNED_DATA,
    ENCRYPTED_DATA,
    SIGNED_CERTIFICATE_REQUEST
}
