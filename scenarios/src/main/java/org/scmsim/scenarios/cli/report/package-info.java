/** {@code scmsim report}: the procurement report of a run or experiment folder. */
package org.scmsim.scenarios.cli.report;
