package org.scmsim.model.config;

/** Certificate policy, as a Local Policy File would set it. */
public record Policy(PseudonymPolicy pseudonym, ApplicationPolicy application, IdentificationPolicy identification,
                     FilesPolicy files) {

    public Policy {
        Check.present("pseudonym", pseudonym);
        Check.present("application", application);
        Check.present("identification", identification);
        Check.present("files", files);
    }
}
