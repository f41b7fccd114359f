package org.scmsim.model.config;

/** The SCMS components' capacities. */
public record Scms(Issuance pca) {

    public Scms {
        Check.present("pca", pca);
    }
}
