package org.scmsim.crypto.scms;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ecies.DecryptionException;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageFunctions;
import org.scmsim.crypto.linkage.LinkageSeed;
import org.scmsim.crypto.linkage.PreLinkageValue;

/**
 * A linkage authority (LA1 or LA2): one seed chain per device, pre-linkage values
 * {@code plv(i, j)} encrypted for the PCA (1609.2.1 {@code EncryptedIndividualPLV}), and, for the MA, the chain behind a pre-linkage value
 * and its seed at the revocation period. Not thread-safe (one LA is one sequential server).
 */
public final class LinkageAuthority {

    private final LaId id;
    private final byte[] pcaKey;
    private final Randomness randomness;
    private final Map<Long, Chain> chains = new HashMap<>();
    private final Map<PreLinkageValue, Long> issued = new HashMap<>();
    private long nextSerial = 1;

    /** A device's chain: ls(iStart) and the latest evolved seed (evolution only goes forward). */
    private static final class Chain {
        final int iStart;
        final LinkageSeed first;
        int iLatest;
        LinkageSeed latest;

        Chain(int iStart, LinkageSeed first) {
            this.iStart = iStart;
            this.first = first;
            this.iLatest = iStart;
            this.latest = first;
        }
    }

    /**
     * @param pcaKey the AES-128 key this LA shares with the PCA
     */
    public LinkageAuthority(LaId id, byte[] pcaKey, Randomness randomness) {
        this.id = Objects.requireNonNull(id, "id");
        if (pcaKey.length != 16) {
            throw new IllegalArgumentException("the LA-PCA key is AES-128: 16 octets, not " + pcaKey.length);
        }
        this.pcaKey = pcaKey.clone();
        this.randomness = randomness;
    }

    public LaId id() {
        return id;
    }

    /** A new device's chain whose first seed is for period {@code iStart}. */
    public LinkageChainId newChain(int iStart) {
        byte[] seed = new byte[LinkageSeed.LENGTH];
        randomness.random().nextBytes(seed);
        long serial = nextSerial++;
        chains.put(serial, new Chain(iStart, new LinkageSeed(seed)));
        return new LinkageChainId(id, serial);
    }

    /** The chain's seed at period i (i at or after its first period). */
    public LinkageSeed seedAt(LinkageChainId chainId, int i) {
        Chain c = chain(chainId);
        if (i < c.iStart) {
            throw new IllegalArgumentException("chain " + chainId + " starts at period " + c.iStart + ", not before " + i);
        }
        if (i >= c.iLatest) {
            c.latest = LinkageFunctions.evolve(id, c.latest, i - c.iLatest);
            c.iLatest = i;
            return c.latest;
        }
        return LinkageFunctions.evolve(id, c.first, i - c.iStart);
    }

    /**
     * {@code plv(i, j)} for j = 0 .. count-1, each encrypted for the PCA (fresh nonce per value);
     * remembers which chain each value belongs to, for the MA.
     */
    public EncryptedPlv[] encryptedPreLinkageValues(LinkageChainId chainId, int i, int count) {
        PreLinkageValue[] plvs = LinkageFunctions.preLinkageValues(id, seedAt(chainId, i), 0, count);
        EncryptedPlv[] out = new EncryptedPlv[count];
        for (int j = 0; j < count; j++) {
            issued.put(plvs[j], chainId.serial());
            out[j] = EncryptedPlv.encrypt(id, pcaKey, plvs[j], randomness.random());
        }
        return out;
    }

    /**
     * For the MA: the chain that produced this encrypted pre-linkage value (as the PCA stored it
     * with the certificate), or empty if it is not this LA's or not known.
     */
    public Optional<LinkageChainId> identify(EncryptedPlv plv) {
        if (!plv.laId().equals(id)) {
            return Optional.empty();
        }
        try {
            PreLinkageValue value = plv.decrypt(pcaKey);
            Long serial = issued.get(value);
            return serial == null ? Optional.empty() : Optional.of(new LinkageChainId(id, serial));
        } catch (DecodeException | DecryptionException e) {
            return Optional.empty();
        }
    }

    private Chain chain(LinkageChainId chainId) {
        if (!chainId.laId().equals(id)) {
            throw new IllegalArgumentException("chain " + chainId + " belongs to LA " + chainId.laId() + ", not " + id);
        }
        Chain c = chains.get(chainId.serial());
        if (c == null) {
            throw new IllegalArgumentException("unknown linkage chain " + chainId);
        }
        return c;
    }
}
