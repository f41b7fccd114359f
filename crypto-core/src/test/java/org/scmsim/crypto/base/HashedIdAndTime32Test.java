package org.scmsim.crypto.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.scmsim.crypto.Vectors;

class HashedIdAndTime32Test {

    private final Vectors v = Vectors.load("ieee1609dot2_hashedid_examples.txt");

    @Test
    void hashedIdsAreTheLastOctetsOfSha256_examplesFromThe1609dot2Module() {
        assertThat(Sha256.empty()).isEqualTo(v.hex("SHA256_EMPTY"));
        assertThat(HashedId8.of(new byte[0]).hex()).isEqualTo(v.text("HashedId8"));
        assertThat(HashedId10.of(new byte[0]).hex()).isEqualTo(v.text("HashedId10"));
        assertThat(HashedId3.of(new byte[0]).hex()).isEqualTo("52b855");
    }

    @Test
    void hashedIdChecksLengthAndComparesByValue() {
        assertThatThrownBy(() -> new HashedId8(new byte[7])).isInstanceOf(IllegalArgumentException.class);
        assertThat(HashedId8.fromHex("a495991b7852b855")).isEqualTo(HashedId8.of(new byte[0]));
        assertThat(HashedId8.fromHex("a495991b7852b855").hashCode()).isEqualTo(HashedId8.of(new byte[0]).hashCode());
    }

    @Test
    void time32CountsTaiSecondsSince2004IncludingTheFiveLeapSeconds() {
        assertThat(Time32.of(Instant.parse("2004-01-01T00:00:00Z")).value()).isZero();
        assertThat(Time32.of(Instant.parse("2005-12-31T23:59:59Z")).value()).isEqualTo(63_158_399L);
        assertThat(Time32.of(Instant.parse("2006-01-01T00:00:00Z")).value()).isEqualTo(63_158_400L + 1);
        long utcSeconds2017 = Instant.parse("2017-01-01T00:00:00Z").getEpochSecond() - Time32.EPOCH_UNIX_SECONDS;
        assertThat(Time32.of(Instant.parse("2017-01-01T00:00:00Z")).value()).isEqualTo(utcSeconds2017 + 5);
        // The real Korean pseudonym certificates start i-period 0x1A9 at Time32 0x240A5F93: whole weeks of
        // TAI seconds after 2015-01-06T09:00:00Z (when TAI-UTC since 2004 was 3 s; by 2023 it is 5 s).
        assertThat(new Time32(0x240A5F93L).toInstant()).isEqualTo(Instant.parse("2023-02-28T08:59:58Z"));
        assertThat(0x240A5F93L - 0x1A9L * 604_800L).isEqualTo(Time32.of(Instant.parse("2015-01-06T09:00:00Z")).value());
    }

    @Test
    void time32RoundTripsEverySecondAroundALeapSecond() {
        Instant leap = Instant.parse("2016-12-31T23:59:50Z");
        for (int s = 0; s < 20; s++) {
            Instant t = leap.plusSeconds(s);
            assertThat(Time32.of(t).toInstant()).isEqualTo(t);
        }
        // the inserted 23:59:60 has its own Time32 value and reads back as 23:59:59
        Time32 before = Time32.of(Instant.parse("2016-12-31T23:59:59Z"));
        Time32 after = Time32.of(Instant.parse("2017-01-01T00:00:00Z"));
        assertThat(after.value() - before.value()).isEqualTo(2);
        assertThat(new Time32(before.value() + 1).toInstant()).isEqualTo(Instant.parse("2016-12-31T23:59:59Z"));
    }

    @Test
    void signingHashUsesSha256OfEmptyStringForSelfSigned() {
        byte[] tbs = {1, 2, 3};
        assertThat(Sha256.signingHash(tbs, null)).isEqualTo(Sha256.digest(Sha256.digest(tbs), Sha256.empty()));
        byte[] signer = {9};
        assertThat(Sha256.signingHash(tbs, signer)).isEqualTo(Sha256.digest(Sha256.digest(tbs), Sha256.digest(signer)));
    }
}
