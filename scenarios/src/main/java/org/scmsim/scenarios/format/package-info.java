/** Scenario files: YAML over the reference defaults, strict validation with file, line and column. */
package org.scmsim.scenarios.format;
