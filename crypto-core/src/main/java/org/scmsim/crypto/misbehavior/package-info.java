/**
 * Misbehavior reports in the SAE J3287 / ETSI TS 103 759 structure, COER-encoded
 * ({@code SaeJ3287Data}, {@code SaeJ3287Mbr}, {@code AidSpecificReport}, {@code TemplateAsr}): the
 * reporter's observations and the suspect's signed messages as evidence, signed with the
 * reporter's pseudonym certificate and encrypted to the MA's certificate; and the MA's side:
 * decrypt, verify reporter and evidence, and turn a confirmed suspect certificate into a
 * linkage-CRL entry through the PCA and the two LAs.
 */
package org.scmsim.crypto.misbehavior;
