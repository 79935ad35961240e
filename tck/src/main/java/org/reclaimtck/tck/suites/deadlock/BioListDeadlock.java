package org.reclaimtck.tck.suites.deadlock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.oracles.DeadlockOracle;
import org.reclaimtck.tck.oracles.WaitForState;
import org.reclaimtck.tck.oracles.WaitForText;

/**
 * DL-1 on a stack of bio-based devices: the run completes. If it does not, the wait-for cycles the trace ends with
 * (a mempool_alloc retries every 5 s, so such a run ends at its time budget rather than as a proven deadlock), each
 * wait on a bio set's mempool explained by the bios that hold its elements: those the waiting task submitted itself
 * and that still wait on its {@code current->bio_list} (K-BIO-1, K-BIO-2).
 */
final class BioListDeadlock {
    private static final Pattern HELD_BIO = Pattern.compile(
            "mempool element bio #(\\d+) on (\\S+) \\(#\\d+ of (\\S+)\\)(?: \\(class .*\\))?");

    private BioListDeadlock() {
    }

    static void check(CaseRun run) {
        Outcome outcome = run.outcome();
        if (outcome instanceof Outcome.Deadlock) {
            DeadlockOracle.judge(run.result()).ifPresent(c -> {
                throw run.violation(c);
            });
        }
        if (outcome.kind() == OutcomeKind.COMPLETED) {
            return;
        }
        List<List<WaitEdge>> cycles = WaitForState.replay(run.result().trace()).cycles();
        StringBuilder sb = new StringBuilder("the workload did not complete (" + outcome.kind() + ")");
        if (cycles.isEmpty()) {
            throw run.violation(sb.append(": the trace ends with no wait-for cycle").toString());
        }
        for (List<WaitEdge> cycle : cycles) {
            sb.append("; the trace ends with the wait-for cycle ").append(WaitForText.ring(cycle)).append(':');
            for (WaitEdge e : cycle) {
                sb.append("\n    ").append(describe(e, run.result().trace()));
            }
        }
        throw run.violation(sb.toString(), cycles.get(0));
    }

    private static String describe(WaitEdge e, List<TraceEvent> trace) {
        if (e.kind() != WaitKind.MEMPOOL) {
            return e.render();
        }
        Set<Long> submitted = new HashSet<>();
        for (TraceEvent t : trace) {
            if (t instanceof TraceEvent.BioSubmitted b && b.task().equals(e.task())) {
                submitted.add(b.bio());
            }
        }
        List<String> queued = new ArrayList<>();
        int other = 0;
        for (String h : e.held()) {
            Matcher m = HELD_BIO.matcher(h);
            if (m.matches() && m.group(3).equals(e.lockClass())) {
                if (submitted.contains(Long.parseLong(m.group(1)))) {
                    queued.add("#" + m.group(1) + " on " + m.group(2));
                } else {
                    other++;
                }
            }
        }
        StringBuilder sb = new StringBuilder(e.task() + " waits in mempool_alloc on " + e.lockClass()
                + " (reserve empty, the page allocator failing, retried every 5 s) for an element to be freed by "
                + String.join(", ", e.waitsFor()));
        if (!queued.isEmpty()) {
            sb.append(";\n    element held by bio on current->bio_list of the same task: ").append(e.task())
                    .append(" holds ").append(queued.size()).append(" elements of ").append(e.lockClass())
                    .append(" for bios it submitted from inside a ->submit_bio (").append(abbreviate(queued))
                    .append("), which wait on its current->bio_list until that ->submit_bio returns (K-BIO-1), and"
                            + " no rescuer (BIOSET_NEED_RESCUER) takes them over (K-BIO-2, K-BIO-4)");
        }
        if (other > 0) {
            sb.append("; and ").append(other).append(" it has not submitted yet");
        }
        return sb.toString();
    }

    private static String abbreviate(List<String> bios) {
        if (bios.size() <= 4) {
            return "bios " + String.join(", ", bios);
        }
        return "bios " + String.join(", ", bios.subList(0, 3)) + ", ... " + bios.get(bios.size() - 1);
    }
}
