/**
 * COER (ITU-T X.696) for the IEEE 1609.2 types, on BouncyCastle's OER engine and its
 * {@code org.bouncycastle.oer.its} types. {@link org.scmsim.crypto.coer.Ieee1609Dot2Schema} re-declares
 * the definitions that must differ from BouncyCastle 1.87's templates (LinkageData, and every
 * structure that contains a certificate); {@link org.scmsim.crypto.coer.Oer} decodes without
 * trusting its input and reports failures as a checked {@link org.scmsim.crypto.coer.DecodeException}
 * naming what failed and at which byte offset.
 */
package org.scmsim.crypto.coer;
