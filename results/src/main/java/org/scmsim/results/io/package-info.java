/** Writing result files: atomically, as CSV and JSON. */
package org.scmsim.results.io;
