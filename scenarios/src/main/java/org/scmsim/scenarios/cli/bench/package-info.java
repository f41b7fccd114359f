/** {@code scmsim bench ...} commands. */
package org.scmsim.scenarios.cli.bench;
