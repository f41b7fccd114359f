package org.scmsim.model.config;

/**
 * Who pays for re-bootstrapping devices after a CA private key exposure, and what it costs per
 * device beyond any provider price (procurement resource section 2.2.2 asks which party accepts it).
 *
 * @param labourPerDevice      installer labour to re-bootstrap one device, in the scenario's currency
 * @param downtimePerDeviceHour cost of one device-hour without valid credentials (lost service)
 * @param payer                the party that pays: agency or provider
 */
public record Liability(double labourPerDevice, double downtimePerDeviceHour, Payer payer) {

    /** The party a liability falls on. */
    public enum Payer {
        AGENCY,
        PROVIDER
    }

    public Liability {
        Check.nonNegative("labourPerDevice", labourPerDevice);
        Check.nonNegative("downtimePerDeviceHour", downtimePerDeviceHour);
        Check.present("payer", payer);
    }
}
