package org.reclaimtck.tck.report.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaimtck.tck.providers.CycleBlindProvider;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * reclaimtck.shard=1/4..4/4 run every (case, seed) once between them, and ShardMerge adds them up to the unsharded
 * run: the same certificate but for {@code issued}, the same report.json, the same report.md but for the duration.
 * The provider misses mutex cycles, so RT-2 fails on some seeds and passes on others: failures, their groups and
 * passes all go through the merge.
 */
class ShardMergeTest {
    private static final int SHARDS = 4;
    private static final Path MERGED = Path.of("target", "tck-selftest", "shard-merged");
    private static long judgedInShards;

    private static TckRun run(String name) throws IOException {
        TckRun run = TckRun.named(name).provider(CycleBlindProvider.class).param("reclaimtck.case", "runtime/*")
                .param("reclaimtck.seeds", "6");
        delete(run.reportDir());
        return run;
    }

    @BeforeAll
    static void runWholeAndShards() throws IOException {
        run("shard-whole").execute();
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i <= SHARDS; i++) {
            TckRun shard = run("shard-" + i).param("reclaimtck.shard", i + "/" + SHARDS);
            judgedInShards += shard.execute().testEvents().finished().count();
            dirs.add(shard.reportDir());
        }
        delete(MERGED);
        ShardMerge.merge(MERGED, dirs);
    }

    @Test
    void theMergedCertificateIsTheUnshardedOne() throws IOException {
        String whole = read("shard-whole", "certificate.json");
        assertThat(withoutIssued(read(MERGED, "certificate.json"))).isEqualTo(withoutIssued(whole));
        assertThat(whole).contains("\"status\": \"fail\"", "\"status\": \"pass\"");
        assertThat(read("shard-2", "certificate.json")).contains("\"reclaimtck.shard\": \"2/4\"",
                "-Dreclaimtck.shard=2/4\"");
    }

    @Test
    void theMergedReportsAreTheUnshardedOnes() throws IOException {
        assertThat(read(MERGED, "report.json")).isEqualTo(read("shard-whole", "report.json"));
        assertThat(withoutDuration(read(MERGED, "report.md")))
                .isEqualTo(withoutDuration(read("shard-whole", "report.md")));
        assertThat(read(MERGED, "badge.json")).isEqualTo(read("shard-whole", "badge.json"));
        assertThat(read(MERGED, "report.html")).contains("the longest of 4 shards");
    }

    @Test
    void eachPairRanInExactlyOneShard() throws IOException {
        long whole = Files.readString(Path.of("target", "tck-selftest", "shard-whole", "certificate.json"))
                .split("\"seed\": ", -1).length - 1;
        long shards = 0;
        for (int i = 1; i <= SHARDS; i++) {
            shards += read("shard-" + i, "certificate.json").split("\"seed\": ", -1).length - 1;
        }
        assertThat(shards).isEqualTo(whole).isPositive();
        assertThat(judgedInShards).isPositive();
    }

    @Test
    void anIncompleteOrMixedSetOfShardsIsRefused() {
        Path d = Path.of("target", "tck-selftest");
        assertThatThrownBy(() -> ShardMerge.merge(d.resolve("shard-bad"), List.of(d.resolve("shard-1"),
                d.resolve("shard-3")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shards 2/4, 4/4 missing: merge all 4 shards of the split");
        assertThatThrownBy(() -> ShardMerge.merge(d.resolve("shard-bad"), List.of(d.resolve("shard-1"),
                d.resolve("shard-1")))).hasMessageContaining("shard 1/4 is given twice");
        assertThatThrownBy(() -> ShardMerge.merge(d.resolve("shard-bad"), List.of(d.resolve("shard-1"),
                d.resolve("shard-whole")))).hasMessageContaining("is shard 1/1, not one of 4");
        assertThatThrownBy(() -> ShardMerge.merge(d.resolve("shard-bad"), List.of(d.resolve("no-such-run"))))
                .isInstanceOf(IOException.class).hasMessageContaining("no ledger.json in");
    }

    private static String read(String run, String file) throws IOException {
        return read(Path.of("target", "tck-selftest", run), file);
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    private static String withoutIssued(String certificate) {
        return certificate.replaceFirst("\"issued\": \"[^\"]+\"", "\"issued\": \"\"");
    }

    private static String withoutDuration(String md) {
        return md.replaceFirst(", took [^.]+\\.[0-9] s[^\n]*\\.\n", ".\n");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
