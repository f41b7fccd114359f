package org.scmsim.crypto.trust;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.cert.Certificate;

/** The trust anchors: self-signed explicit root certificates, looked up by HashedId8. Immutable. */
public final class TrustStore {

    private final Map<HashedId8, Certificate> roots;

    private TrustStore(Map<HashedId8, Certificate> roots) {
        this.roots = Collections.unmodifiableMap(roots);
    }

    /**
     * A store of the given roots.
     *
     * @throws IllegalArgumentException if one is not a self-signed explicit certificate
     */
    public static TrustStore of(Collection<Certificate> roots) {
        Map<HashedId8, Certificate> m = new LinkedHashMap<>();
        for (Certificate c : roots) {
            if (!c.isSelfSigned() || !c.isExplicit()) {
                throw new IllegalArgumentException("a trust anchor must be a self-signed explicit certificate: " + c);
            }
            m.put(c.hashedId8(), c);
        }
        return new TrustStore(m);
    }

    public static TrustStore of(Certificate... roots) {
        return of(List.of(roots));
    }

    public Optional<Certificate> root(HashedId8 id) {
        return Optional.ofNullable(roots.get(id));
    }

    /** True if {@code c} is one of the anchors (same canonical form: same SHA-256). */
    public boolean isTrusted(Certificate c) {
        Certificate r = roots.get(c.hashedId8());
        return r != null && java.util.Arrays.equals(r.sha256(), c.sha256());
    }

    public Collection<Certificate> roots() {
        return roots.values();
    }
}
