package org.scmsim.crypto.scms;

import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflyParams;

/**
 * The RA's record of one accepted butterfly request: what it needs to produce every later week
 * without a new request (CAMP: batches keep coming for three years).
 *
 * @param requestHash HashedId8 of the signed request (names the download, {@code <hash>_<i>.zip})
 * @param enrollment HashedId8 of the device's enrollment certificate (for the blacklist)
 * @param chain1 the device's seed chain at LA1
 * @param chain2 the device's seed chain at LA2
 */
public record ProvisioningHandle(HashedId8 requestHash, HashedId8 enrollment, ButterflyParams params, CertificateFormat format,
        LinkageChainId chain1, LinkageChainId chain2, int firstPeriod, Time32 acceptedAt) {
}
