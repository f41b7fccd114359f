/** JFreeChart charts of results, shared by the run folder, reports and the dashboard. */
package org.scmsim.results.chart;
