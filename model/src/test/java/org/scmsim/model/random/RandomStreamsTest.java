package org.scmsim.model.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class RandomStreamsTest {

    private static double[] draw(RandomStream s, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextDouble();
        }
        return out;
    }

    @Test
    void sameSeedNameAndReplicationGiveTheSameNumbersWhateverTheCreationOrder() {
        RandomStreams a = new RandomStreams(7, 3);
        RandomStreams b = new RandomStreams(7, 3);
        a.stream("pca.service");
        double[] fromA = draw(a.stream("deployment"), 100);
        double[] fromB = draw(b.stream("deployment"), 100);   // created first in b
        assertThat(fromB).containsExactly(fromA);
    }

    @Test
    void namesReplicationsAndSeedsGiveDifferentNumbers() {
        double[] base = draw(new RandomStreams(7, 0).stream("x"), 10);
        assertThat(draw(new RandomStreams(7, 0).stream("y"), 10)).isNotEqualTo(base);
        assertThat(draw(new RandomStreams(7, 1).stream("x"), 10)).isNotEqualTo(base);
        assertThat(draw(new RandomStreams(8, 0).stream("x"), 10)).isNotEqualTo(base);
    }

    @Test
    void replicationIsTheSubstreamOfTheSameStream() {
        RandomStream direct = RandomStreams.create(7, "x", 0);
        direct.resetNextSubstream();
        direct.resetNextSubstream();
        assertThat(draw(new RandomStreams(7, 2).stream("x"), 20)).containsExactly(draw(direct, 20));
    }

    @Test
    void streamsInOtherThreadsAreUnaffected() throws Exception {
        double[] alone = draw(new RandomStreams(99, 5).stream("arrivals"), 1000);
        CompletableFuture<double[]> other = CompletableFuture.supplyAsync(() -> {
            RandomStreams s = new RandomStreams(1, 0);
            for (int i = 0; i < 200; i++) {
                draw(s.stream("noise-" + i), 10);
            }
            return draw(new RandomStreams(99, 5).stream("arrivals"), 1000);
        });
        RandomStreams mine = new RandomStreams(99, 5);
        assertThat(draw(mine.stream("arrivals"), 1000)).containsExactly(alone);
        assertThat(other.get()).containsExactly(alone);
    }

    @Test
    void seedsAreValidMrg32k3aSeeds() {
        for (int i = 0; i < 1000; i++) {
            long[] s = RandomStreams.seedFor(i, "stream" + i);
            for (int k = 0; k < 6; k++) {
                assertThat(s[k]).isBetween(0L, k < 3 ? 4294967086L : 4294944442L);
            }
        }
    }

    @Test
    void distributionsHaveTheirMeans() {
        RandomStream s = new RandomStreams(3, 0).stream("d");
        Distribution[] ds = {new Distribution.Exponential(2.0), new Distribution.Uniform(1, 5),
            new Distribution.LogNormal(3.0, 0.5), new Distribution.Constant(4)};
        for (Distribution d : ds) {
            double sum = 0;
            int n = 200_000;
            for (int i = 0; i < n; i++) {
                sum += d.sample(s);
            }
            assertThat(sum / n).as(d.toString()).isCloseTo(d.mean(), org.assertj.core.data.Percentage.withPercentage(2));
        }
    }
}
