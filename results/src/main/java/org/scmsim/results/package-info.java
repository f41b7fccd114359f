/** Output of runs: files on disk, tables, charts. */
package org.scmsim.results;
