/**
 * The scenario as typed, immutable, validated records. Constructors reject out-of-range values
 * with an {@link org.scmsim.model.config.InvalidFieldException} naming the field.
 */
package org.scmsim.model.config;
