/**
 * Reading results back from disk: a run folder or an experiment folder becomes a
 * {@link org.scmsim.results.data.ResultData} (the resolved scenario as a tree, time series as
 * {@link org.scmsim.results.data.TimeTable}s, run figures as
 * {@link org.scmsim.results.data.Estimate}s with their confidence intervals), so that reports and
 * charts are built from files alone and work on any folder, old or new.
 *
 * <p>Column names follow {@link org.scmsim.results.data.Columns}: a kind of data whose columns are
 * absent was not simulated in that run, and the report says so instead of showing a number.
 */
package org.scmsim.results.data;
