/** The Compare panel: runs and experiment arms side by side with confidence bands and differences. */
package org.scmsim.ui.compare;
