package org.scmsim.crypto.ec;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.sec.SecP256R1Field;
import org.bouncycastle.math.raw.Nat256;

/**
 * ECDSA verification on NIST P-256 for the {@code bc} backend, with a precomputed table for each
 * public key it verifies often. An SCMS role checks most signatures against a handful of keys
 * (the PCA every request of its RA, a device every response of its PCA, a receiver every CRL of
 * its CRL generator): once a key has been used {@link #TABLE_AFTER} times, u2·Q comes from a
 * window table of Q like u1·G from the generator's, and R = u1·G + u2·Q costs two table walks and
 * no doubling. Keys seen less often go to BouncyCastle's {@code ECDSASigner}. Verification handles
 * public data only, so the tables need no protection against timing: entries are read by index
 * ({@link P256GeneratorTable#accumulatePublic}), not by scanning the window as for secret scalars.
 *
 * <p>Thread-safe; the cache holds at most {@link #MAX_KEYS} counted keys and {@link #MAX_TABLES}
 * tables (about 150 KB each) and is emptied when it is full, so a stream of distinct keys (BSM
 * signers) costs a map entry each and never a table.
 */
final class P256Verifier {

    /** Uses of a key before its table is built (a table costs about as much as six verifications). */
    static final int TABLE_AFTER = 16;
    static final int MAX_KEYS = 4096;
    static final int MAX_TABLES = 32;
    /**
     * Window width of the verification tables (G's and each key's): read by index, not scanned
     * (public scalars), so a wider window only costs memory: 37 additions per scalar instead of
     * 43, about 150 KB per table.
     */
    static final int WIDTH = 7;
    private static final BigInteger N = EcCurve.NIST_P256.order();
    private static final BigInteger P = EcCurve.NIST_P256.curve().getField().getCharacteristic();

    /** G's verification table, built on first use. */
    private static final class GeneratorHolder {
        static final P256GeneratorTable TABLE = new P256GeneratorTable(WIDTH);
    }

    private final ConcurrentHashMap<ECPoint, KeyUse> keys = new ConcurrentHashMap<>();
    private final AtomicInteger tables = new AtomicInteger();

    private static final class KeyUse {
        final AtomicInteger uses = new AtomicInteger();
        volatile P256GeneratorTable table;
    }

    /**
     * The table for {@code q} if it is (now) used often enough, else null (the caller verifies
     * the ordinary way).
     */
    P256GeneratorTable tableFor(ECPoint q) {
        if (keys.size() >= MAX_KEYS) {
            keys.clear();
            tables.set(0);
        }
        ECPoint key = q.normalize();
        KeyUse use = keys.computeIfAbsent(key, k -> new KeyUse());
        P256GeneratorTable t = use.table;
        if (t != null) {
            return t;
        }
        if (use.uses.incrementAndGet() < TABLE_AFTER || tables.get() >= MAX_TABLES) {
            return null;
        }
        synchronized (use) {
            if (use.table == null) {
                use.table = new P256GeneratorTable(WIDTH, key);
                tables.incrementAndGet();
            }
            return use.table;
        }
    }

    /**
     * SEC 1 §4.1.4 with R = u1·G + u2·Q from the two tables; x(R) is compared with r in Jacobian
     * coordinates (X = r·Z², or (r + n)·Z² when r + n &lt; p), with no inversion.
     *
     * @param hash a 32-byte digest (n has 256 bits: e is the digest as an integer)
     */
    static boolean verify(P256GeneratorTable keyTable, byte[] hash, BigInteger r, BigInteger s) {
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) {
            return false;
        }
        BigInteger e = new BigInteger(1, hash).mod(N);
        BigInteger sInv = org.bouncycastle.util.BigIntegers.modOddInverseVar(N, s);   // public s: variable time, ~4x the JDK's modInverse
        BigInteger u1 = e.multiply(sInv).mod(N);
        BigInteger u2 = r.multiply(sInv).mod(N);
        P256Jacobian acc = new P256Jacobian();
        if (u1.signum() != 0) {
            GeneratorHolder.TABLE.accumulatePublic(u1, acc);
        }
        keyTable.accumulatePublic(u2, acc);   // u2 ≠ 0: r and s^-1 are non-zero mod the prime n
        if (acc.infinity) {
            return false;
        }
        int[] zz = Nat256.create();
        int[] tt = Nat256.createExt();
        int[] rz = Nat256.create();
        SecP256R1Field.square(acc.z, zz, tt);
        SecP256R1Field.multiply(Nat256.fromBigInteger(r), zz, rz, tt);
        if (Nat256.eq(rz, acc.x)) {
            return true;
        }
        BigInteger rn = r.add(N);
        if (rn.compareTo(P) >= 0) {
            return false;
        }
        SecP256R1Field.multiply(Nat256.fromBigInteger(rn), zz, rz, tt);
        return Nat256.eq(rz, acc.x);
    }
}
