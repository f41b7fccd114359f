package org.scmsim.crypto.trust;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.GeographicRegion;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.ec.EcBackend;

/**
 * Builds a certificate's chain up to a trusted root and checks it at a given time:
 * <ol>
 *   <li>each issuer (by HashedId8) is found among the given certificates or the trust anchors,
 *       and the chain ends at a root of the {@link TrustStore} ({@code UNKNOWN_ISSUER},
 *       {@code UNTRUSTED_ROOT}, {@code CHAIN_TOO_LONG});</li>
 *   <li>top down, every explicit certificate's signature verifies under its issuer's key (the
 *       root's under its own), and every implicit certificate's key is reconstructed with ECQV
 *       ({@code BAD_SIGNATURE});</li>
 *   <li>every certificate is valid at {@code at} ({@code NOT_YET_VALID}, {@code EXPIRED}) and
 *       within its issuer's validity ({@code VALIDITY_OUTSIDE_ISSUER});</li>
 *   <li>permissions and regions are granted by each issuer ({@code INCONSISTENT_PERMISSIONS},
 *       {@code REGION_OUTSIDE_ISSUER}).</li>
 * </ol>
 * Thread-safe. Public keys of CA certificates whose signatures have been verified are cached
 * (keyed by the certificate's full SHA-256): BouncyCastle keeps multiplication tables on a
 * reused point, so verification under a known CA gets faster.
 */
public final class ChainValidator {

    /** Longest chain accepted, root included. */
    public static final int MAX_CHAIN_LENGTH = 8;

    private final EcBackend backend;
    private final TrustStore trust;
    private final Map<ByteBuffer, ECPoint> verifiedCaKeys = new ConcurrentHashMap<>();

    public ChainValidator(EcBackend backend, TrustStore trust) {
        this.backend = backend;
        this.trust = trust;
    }

    public TrustStore trustStore() {
        return trust;
    }

    public EcBackend backend() {
        return backend;
    }

    /** Validates {@code certificate} with the help of {@code chain} (intermediates, any order) at {@code at}. */
    public ChainValidation validate(Certificate certificate, Collection<Certificate> chain, Time32 at) {
        Map<HashedId8, Certificate> known = new HashMap<>();
        for (Certificate c : chain) {
            known.put(c.hashedId8(), c);
        }
        List<Certificate> path = new ArrayList<>();
        path.add(certificate);
        Certificate cur = certificate;
        while (!cur.isSelfSigned()) {
            if (path.size() >= MAX_CHAIN_LENGTH) {
                return fail(Verdict.CHAIN_TOO_LONG, "chain longer than " + MAX_CHAIN_LENGTH + " certificates", path);
            }
            HashedId8 id = cur.issuerId().orElseThrow();
            Certificate issuer = known.get(id);
            if (issuer == null) {
                issuer = trust.root(id).orElse(null);
            }
            if (issuer == null) {
                return fail(Verdict.UNKNOWN_ISSUER, "issuer " + id + " of " + cur + " is neither in the chain nor a trust anchor", path);
            }
            path.add(issuer);
            cur = issuer;
        }
        if (!trust.isTrusted(cur)) {
            return fail(Verdict.UNTRUSTED_ROOT, "root " + cur + " is not in the trust store", path);
        }

        // keys and signatures, top down
        int n = path.size();
        ECPoint[] keys = new ECPoint[n];
        Certificate root = path.get(n - 1);
        keys[n - 1] = cachedOrVerify(root, null, root.verificationKey().orElseThrow());
        if (keys[n - 1] == null) {
            return fail(Verdict.BAD_SIGNATURE, "self-signature of root " + root + " does not verify", path);
        }
        for (int i = n - 2; i >= 0; i--) {
            Certificate c = path.get(i);
            Certificate issuer = path.get(i + 1);
            if (c.isExplicit()) {
                keys[i] = cachedOrVerify(c, issuer, keys[i + 1]);
                if (keys[i] == null) {
                    return fail(Verdict.BAD_SIGNATURE, "signature of " + c + " does not verify under issuer " + issuer.hashedId8(), path);
                }
            } else {
                ByteBuffer id = ByteBuffer.wrap(c.sha256());
                ECPoint key = c.isCa() ? verifiedCaKeys.get(id) : null;
                if (key == null) {
                    try {
                        key = Ecqv.reconstructPublicKey(backend, c, issuer, keys[i + 1]);
                    } catch (IllegalArgumentException e) {
                        return fail(Verdict.BAD_SIGNATURE, "cannot reconstruct the key of " + c + ": " + e.getMessage(), path);
                    }
                    if (c.isCa()) {
                        verifiedCaKeys.put(id, key);
                    }
                }
                keys[i] = key;
            }
        }

        // time
        for (int i = n - 1; i >= 0; i--) {
            Certificate c = path.get(i);
            if (at.isBefore(c.validityStart())) {
                return fail(Verdict.NOT_YET_VALID, c + " is valid from " + c.validityStart() + ", not yet at " + at, path, keys[0]);
            }
            if (!at.isBefore(c.validityEnd())) {
                return fail(Verdict.EXPIRED, c + " expired at " + c.validityEnd() + ", before " + at, path, keys[0]);
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            Certificate c = path.get(i);
            Certificate issuer = path.get(i + 1);
            if (c.validityStart().isBefore(issuer.validityStart()) || c.validityEnd().isAfter(issuer.validityEnd())) {
                return fail(Verdict.VALIDITY_OUTSIDE_ISSUER, c + " (" + c.validityStart() + " .. " + c.validityEnd()
                        + ") is not within its issuer's validity (" + issuer.validityStart() + " .. " + issuer.validityEnd() + ")", path, keys[0]);
            }
        }

        // permissions and regions
        for (int i = n - 2; i >= 0; i--) {
            Optional<String> why = Permissions.check(path.get(i), path.get(i + 1));
            if (why.isPresent()) {
                return fail(Verdict.INCONSISTENT_PERMISSIONS, path.get(i) + ": " + why.get(), path, keys[0]);
            }
        }
        GeographicRegion effective = root.toBeSigned().getRegion();
        for (int i = n - 2; i >= 0; i--) {
            GeographicRegion own = path.get(i).toBeSigned().getRegion();
            Optional<String> why = Regions.within(own, effective);
            if (why.isPresent()) {
                return fail(Verdict.REGION_OUTSIDE_ISSUER, path.get(i) + ": " + why.get(), path, keys[0]);
            }
            if (own != null) {
                effective = own;
            }
        }
        return new ChainValidation(Verdict.VALID, "valid at " + at + " under root " + root.hashedId8(),
                Collections.unmodifiableList(path), Optional.of(keys[0]));
    }

    /** The certificate's verified public key, or null if its signature fails. */
    private ECPoint cachedOrVerify(Certificate c, Certificate issuer, ECPoint issuerKey) {
        ByteBuffer id = ByteBuffer.wrap(c.sha256());
        ECPoint cached = verifiedCaKeys.get(id);
        if (cached != null) {
            return cached;
        }
        if (!Certificates.verifySignature(backend, c, issuer, issuerKey)) {
            return null;
        }
        ECPoint key = c.verificationKey().orElseThrow();
        if (c.isCa()) {
            verifiedCaKeys.put(id, key);
        }
        return key;
    }

    private static ChainValidation fail(Verdict v, String reason, List<Certificate> path) {
        return new ChainValidation(v, reason, Collections.unmodifiableList(new ArrayList<>(path)), Optional.empty());
    }

    private static ChainValidation fail(Verdict v, String reason, List<Certificate> path, ECPoint key) {
        return new ChainValidation(v, reason, Collections.unmodifiableList(new ArrayList<>(path)), Optional.ofNullable(key));
    }
}
