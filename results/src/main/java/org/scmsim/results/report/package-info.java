/** Planner-facing reports: a document model rendered to self-contained HTML and Markdown. */
package org.scmsim.results.report;
