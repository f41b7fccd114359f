package org.scmsim.model.config;

/**
 * The SCMS components, their costs and the RA's shuffle. CRLG and MA are configured for the
 * misbehaviour and revocation flows.
 */
public record Scms(OperationCosts costs, Shuffle shuffle, Component eca, Component ra, Component la1, Component la2,
                   Component pca, Component crlg, Component ma) {

    public Scms {
        Check.present("costs", costs);
        Check.present("shuffle", shuffle);
        Check.present("eca", eca);
        Check.present("ra", ra);
        Check.present("la1", la1);
        Check.present("la2", la2);
        Check.present("pca", pca);
        Check.present("crlg", crlg);
        Check.present("ma", ma);
    }
}
