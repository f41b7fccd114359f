/** Devices (OBUs, RSUs): deployment and certificate needs. */
package org.scmsim.model.device;
