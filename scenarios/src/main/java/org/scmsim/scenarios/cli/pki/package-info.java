/** {@code scmsim pki ...}: IEEE 1609.2 / SCMS tools on real certificates, batches and CRLs. */
package org.scmsim.scenarios.cli.pki;
