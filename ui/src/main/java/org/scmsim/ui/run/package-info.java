/** The Run panel: runs off the FX thread, snapshots at a bounded rate, live charts. */
package org.scmsim.ui.run;
