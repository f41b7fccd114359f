/** Named L'Ecuyer MRG32k3a streams, one substream per replication, and distributions. */
package org.scmsim.model.random;
