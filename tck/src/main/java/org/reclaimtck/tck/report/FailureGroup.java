package org.reclaimtck.tck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * The failures of one rule that share a root cause: the same outcome kind, the same shape of wait-for cycle (its wait
 * kinds and lock classes, from whichever task it is drawn) and the same first line once numbers (seeds, times, bio
 * ids, counts) are taken out. Seed-independent, so 64 seeds of one bug are one group, shown once with its seeds and the
 * smallest seed's replay.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FailureGroup {
    private final String signature;
    private final List<FailureRecord> failures = new ArrayList<>();

    private FailureGroup(String signature) {
        this.signature = signature;
    }

    /** Groups {@code failures} by signature, in order of first appearance; each group's failures by seed. */
    public static List<FailureGroup> of(List<FailureRecord> failures) {
        Map<String, FailureGroup> bySignature = new LinkedHashMap<>();
        for (FailureRecord f : failures) {
            bySignature.computeIfAbsent(signature(f), FailureGroup::new).failures.add(f);
        }
        for (FailureGroup g : bySignature.values()) {
            g.failures.sort((a, b) -> a.seed() != b.seed() ? Long.compare(a.seed(), b.seed())
                    : a.caseId().compareTo(b.caseId()));
        }
        return new ArrayList<>(bySignature.values());
    }

    /** {@code DEADLOCK | mutex:ab_class > mutex:ba_class | RT-2 violated: ...}, seed-independent. */
    public static String signature(FailureRecord f) {
        return f.outcomeKind() + " | " + shape(f.cycle().isEmpty() ? f.waits() : f.cycle()) + " | "
                + firstLine(f.message()).replaceAll("[0-9]+", "N");
    }

    private static String shape(List<WaitEdge> edges) {
        List<String> parts = edges.stream().map(e -> e.kind().label() + ":" + e.lockClass().replaceAll("[0-9]+", "N"))
                .collect(Collectors.toList());
        if (parts.isEmpty()) {
            return "-";
        }
        int start = 0;
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).compareTo(parts.get(start)) < 0) {
                start = i;
            }
        }
        List<String> rotated = new ArrayList<>(parts.subList(start, parts.size()));
        rotated.addAll(parts.subList(0, start));
        return String.join(" > ", rotated);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The failure the group is shown by: the smallest seed (then case id). */
    public FailureRecord representative() {
        return failures.get(0);
    }

    public List<FailureRecord> failures() {
        return List.copyOf(failures);
    }

    /** The cases the group was seen in, sorted. */
    public List<String> cases() {
        return new ArrayList<>(new TreeSet<>(failures.stream().map(FailureRecord::caseId).toList()));
    }

    /** The seeds, sorted, as a compact list: {@code 1-4, 7, 9}. */
    public String seeds() {
        TreeSet<Long> seeds = new TreeSet<>(failures.stream().map(FailureRecord::seed).toList());
        StringBuilder sb = new StringBuilder();
        Long runStart = null;
        Long prev = null;
        for (long s : seeds) {
            if (prev != null && s == prev + 1) {
                prev = s;
                continue;
            }
            appendRun(sb, runStart, prev);
            runStart = s;
            prev = s;
        }
        appendRun(sb, runStart, prev);
        return sb.toString();
    }

    private static void appendRun(StringBuilder sb, Long from, Long to) {
        if (from == null) {
            return;
        }
        sb.append(sb.length() == 0 ? "" : ", ").append(from).append(from.equals(to) ? "" : "-" + to);
    }

    public String signature() {
        return signature;
    }
}
