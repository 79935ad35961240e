package org.reclaimtck.tck.report.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.reclaimtck.tck.report.FailureRecord;
import org.reclaimtck.tck.report.Judgement;
import org.reclaimtck.tck.report.RuleRecord;

/**
 * The (case, seed) pairs that failed, remembered in {@code failing-seeds.txt} of the report directory (one
 * {@code suite/id seed} a line) so that the next run runs them first: a pair judged again is forgotten unless it fails
 * again; pairs the run did not judge (another shard's, a filtered-out case's) are kept.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FailingSeeds {
    public static final String FILE = "failing-seeds.txt";

    private FailingSeeds() {
    }

    /** {@code suite/id seed}, the key of a remembered pair. */
    public static String key(String caseId, long seed) {
        return caseId + " " + seed;
    }

    /** The pairs remembered in {@code dir}; empty if none (or the file cannot be read: then nothing runs first). */
    public static Set<String> load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            Set<String> out = new TreeSet<>();
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty())
                    .forEach(out::add);
            return out;
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** Updates the file with this run's results; returns it, or null if nothing is remembered (then it is removed). */
    static Path remember(Path dir, java.util.List<RuleRecord> records) throws IOException {
        Set<String> pairs = new TreeSet<>(load(dir));
        for (RuleRecord r : records) {
            for (Judgement j : r.judged()) {
                pairs.remove(key(j.caseId(), j.seed()));
            }
        }
        for (RuleRecord r : records) {
            for (FailureRecord f : r.failures()) {
                pairs.add(key(f.caseId(), f.seed()));
            }
        }
        Path file = dir.resolve(FILE);
        if (pairs.isEmpty()) {
            Files.deleteIfExists(file);
            return null;
        }
        return Files.writeString(file, String.join("\n", pairs) + "\n", StandardCharsets.UTF_8);
    }
}
