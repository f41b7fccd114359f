/** Building and running a scenario's model for one replication, and what a run produces. */
package org.scmsim.model.run;
