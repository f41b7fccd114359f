/** The dashboard's scenario editor, generated from the scenario records. */
package org.scmsim.ui.scenario;
