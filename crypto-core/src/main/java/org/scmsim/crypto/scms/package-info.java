/**
 * Each SCMS role's cryptographic operation as a function the simulation calls, with time always an
 * argument: the device's butterfly request and the opening of its batch ({@link PseudonymRequester},
 * {@link PseudonymOpener}), the RA's expansion, pre-linkage and shuffling ({@link Ra}), the linkage
 * authorities ({@link LinkageAuthority}), the PCA's pseudonym, identification and application
 * certificates ({@link Pca}), and the ECA's enrollment certificates ({@link Eca}).
 * See {@code crypto-core/README-scms.md} for one request's life top to bottom.
 */
package org.scmsim.crypto.scms;
