package org.scmsim.crypto.bench;

/** A measured stage; each operation yields one certificate (or one checked certificate). */
public enum Stage {
    RA_EXPANSION_ORIGINAL("RA expansion (original butterfly)"),
    RA_EXPANSION_UNIFIED("RA expansion (unified butterfly)"),
    PCA_ISSUE_IMPLICIT("PCA issue implicit + encrypted signed response"),
    PCA_ISSUE_EXPLICIT("PCA issue explicit + encrypted signed response"),
    DEVICE_OPEN("device open (verify, decrypt, reconstruct, check)"),
    CRL_CHECK("CRL check (week index, 1,000 revoked devices)");

    private final String description;

    Stage(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
