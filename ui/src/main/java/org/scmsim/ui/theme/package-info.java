/** The dashboard's light and dark themes, for controls and charts. */
package org.scmsim.ui.theme;
