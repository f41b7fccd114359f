/** The {@code scmsim} command line (picocli). */
package org.scmsim.scenarios.cli;
