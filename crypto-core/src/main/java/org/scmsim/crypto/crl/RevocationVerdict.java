package org.scmsim.crypto.crl;

import java.util.Optional;

/** A certificate's revocation status and, when revoked, the entry that revokes it. */
public record RevocationVerdict(RevocationStatus status, Optional<CrlMatch> match) {

    public static final RevocationVerdict NOT_REVOKED = new RevocationVerdict(RevocationStatus.NOT_REVOKED, Optional.empty());

    public static RevocationVerdict revoked(CrlMatch match) {
        return new RevocationVerdict(RevocationStatus.REVOKED, Optional.of(match));
    }

    public boolean isRevoked() {
        return status == RevocationStatus.REVOKED;
    }

    @Override
    public String toString() {
        return match.map(m -> status + " by " + m).orElse(status.toString());
    }
}
