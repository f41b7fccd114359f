package org.scmsim.crypto.crl;

import java.util.Objects;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.base.Time32;

/**
 * One revoked certificate by hash (1609.2-2016 form, which real CRLs use):
 * <pre>
 * HashBasedRevocationInfo ::= SEQUENCE {
 *   id     HashedId10,
 *   expiry Time32
 * }
 * </pre>
 *
 * @param expiry when the revoked certificate expires (the entry can be dropped after it)
 */
public record HashBasedRevocationInfo(HashedId10 id, Time32 expiry) {

    public HashBasedRevocationInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expiry, "expiry");
    }
}
