package org.reclaimtck.tck.report.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The split: each (case, seed) in exactly one shard, each shard an equal share of every case. */
class ShardTest {
    private static final List<String> CASES = List.of("runtime/abba-mutex", "deadlock/s1-dm-bufio-nofs",
            "reclaim/shrink-slab", "fs/transactions", "block/bio");

    @Test
    void everyPairRunsInExactlyOneShardAndSharesAreEven() {
        for (int n = 1; n <= 7; n++) {
            for (String c : CASES) {
                int[] perShard = new int[n];
                for (long seed = 1; seed <= 64; seed++) {
                    int owners = 0;
                    for (int i = 1; i <= n; i++) {
                        if (new Shard(i, n).includes(c, seed)) {
                            owners++;
                            perShard[i - 1]++;
                        }
                    }
                    assertThat(owners).as(c + " seed " + seed + " in " + n + " shards").isEqualTo(1);
                }
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int k : perShard) {
                    min = Math.min(min, k);
                    max = Math.max(max, k);
                }
                assertThat(max - min).as(c + " over " + n + " shards").isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void oneSeedCasesSpreadOverTheShards() {
        long inFirst = CASES.stream().filter(c -> new Shard(1, 4).includes(c, 1)).count();
        assertThat(inFirst).isLessThan(CASES.size());
    }

    @Test
    void parsesAndRefusesBadSpecs() {
        assertThat(Shard.parse(" 2/4 ")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse("1/1").isAll()).isTrue();
        assertThatThrownBy(() -> Shard.parse("0/4")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Shard.parse("5/4")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Shard.parse("2of4")).hasMessage("'2of4' is not a shard (expected i/n, e.g. 2/4)");
    }
}
