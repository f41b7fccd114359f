/** Export: the HTML report, charts as PNG and SVG, and CSVs of what the dashboard shows. */
package org.scmsim.ui.export;
