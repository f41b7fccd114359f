/** Running scenarios. */
package org.scmsim.scenarios.run;
