/** SCMS components (RA, PCA, …) as capacity-limited servers. */
package org.scmsim.model.scms;
