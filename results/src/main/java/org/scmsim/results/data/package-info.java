/**
 * Reading results back from disk: a run folder or an experiment folder becomes a
 * {@link org.scmsim.results.data.ResultData} (the resolved scenario as a tree, time series as
 * {@link org.scmsim.results.data.TimeTable}s, run figures as
 * {@link org.scmsim.results.data.Estimate}s with their confidence intervals), so that reports and
 * charts are built from files alone and work on any folder, old or new.
 *
 * <p>Column names follow {@link org.scmsim.results.data.Columns}: a kind of data whose columns are
 * absent was not simulated in that run, and the report says so instead of showing a number.
 *
 * <p>Optional files a run (or experiment) folder may hold, read when present
 * ({@link org.scmsim.results.data.RunFolderReader#EXTRAS}):
 * <ul>
 *   <li>{@code cost.csv}: {@code year, pricing_model, line_item, amount} (one row per year, model
 *       and line item; the scenario's {@code cost.currency} names the unit);</li>
 *   <li>{@code disruptions.csv}: {@code name} (as in the scenario's {@code disruptions[].name}),
 *       {@code obu_hours_without_certificate}, {@code rsu_hours_without_certificate},
 *       {@code recovery_hours} or {@code recovery_seconds}, {@code added_cost};</li>
 *   <li>{@code revocations.csv}: one row per revocation with {@code latency_hours} or
 *       {@code latency_seconds};</li>
 *   <li>{@code differences.csv}: an experiment's paired differences.</li>
 * </ul>
 * Weekly CRL columns: {@code crl_bytes} (bytes OBUs received in the week), {@code crl_size_bytes},
 * {@code crl_entries}, {@code crl_reach} (share of active OBUs holding the latest CRL). Scenario fields the report reads
 * when present: {@code disruptions} (a list; each with {@code name}, {@code start} and
 * {@code end} or {@code duration}), and {@code cost}, {@code pricing} or {@code contract}.
 * Issue 6 adds {@code crl_hash_entries} and {@code crl_hash_size_bytes} (the hash CRL issued with each
 * CRL: RSU application and OBU identification certificates), and the MA and CRL generator columns
 * {@code ma_utilisation}, {@code ma_mean_wait_seconds}, {@code ma_peak_backlog},
 * {@code crlg_utilisation}, which the capacity table reads like the other components'.
 */
package org.scmsim.results.data;
