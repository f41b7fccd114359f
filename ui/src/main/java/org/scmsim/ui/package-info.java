/** The JavaFX planning dashboard. Nothing depends on this module. */
package org.scmsim.ui;
