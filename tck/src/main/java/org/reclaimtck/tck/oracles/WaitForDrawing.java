package org.reclaimtck.tck.oracles;

import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * Draws wait-for cycles and chains as text, one block per blocked task as a hung-task report shows it: the task
 * and its context (PF_MEMALLOC* flags, gfp mask), what it holds (locks, transactions), what it waits on (the bio,
 * the log space, the mutex), who would wake it, and its call trace when the provider gives one.
 *
 * <pre>
 * wait-for cycle of 2 tasks: xfs_io -> loop0 -> xfs_io
 * .-> xfs_io [PF_MEMALLOC PF_MEMALLOC_NOFS in alloc gfp=GFP_NOFS]
 * |     holds:     transaction 'xfs_create' on A (class A->log)
 * |     waits for: bio #34 WRITE sector 8 on dm-0, to be signalled by loop0
 * |     call trace:
 * |       BlockDev.submitBioWait
 * |       DmBufio.writeAndWait
 * |       ...
 * |   loop0 [PF_MEMALLOC_NOFS PF_MEMALLOC_NOIO PF_LOCAL_THROTTLE]
 * |     holds:     nothing
 * |     waits for: log space on A, to be signalled by xfs_io
 * '-- back to xfs_io
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WaitForDrawing {
    /** Frames of a call trace shown per task; the rest are counted. */
    static final int MAX_FRAMES = 16;

    private WaitForDrawing() {
    }

    /** The ring, then each task's block inside a loop that returns to the first task. */
    public static String cycle(List<WaitEdge> cycle) {
        if (cycle.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("wait-for cycle of ").append(cycle.size()).append(cycle.size() == 1
                ? " task: " : " tasks: ").append(WaitForText.ring(cycle)).append('\n');
        for (int i = 0; i < cycle.size(); i++) {
            task(sb, cycle.get(i), i == 0 ? ".-> " : "|   ", "|     ");
        }
        return sb.append("'-- back to ").append(cycle.get(0).task()).toString();
    }

    /** Each task's block, in order (a lost wakeup's chain, the waits of a stalled shrinker). */
    public static String chain(List<WaitEdge> edges) {
        StringBuilder sb = new StringBuilder();
        for (WaitEdge e : edges) {
            task(sb, e, "", "    ");
        }
        return sb.toString().stripTrailing();
    }

    private static void task(StringBuilder sb, WaitEdge e, String head, String body) {
        sb.append(head).append(e.task());
        if (!e.context().isEmpty()) {
            sb.append(" [").append(e.context()).append(']');
        }
        sb.append('\n');
        sb.append(body).append("holds:     ").append(e.held().isEmpty() ? "nothing" : String.join(", ", e.held()))
                .append('\n');
        sb.append(body).append("waits for: ").append(e.kind().label()).append(' ').append(e.object());
        if (!e.lockClass().equals(e.object())) {
            sb.append(" (class ").append(e.lockClass()).append(')');
        }
        sb.append(wakers(e)).append('\n');
        if (!e.stack().isEmpty()) {
            sb.append(body).append("call trace:\n");
            List<String> frames = e.stack();
            for (String f : frames.subList(0, Math.min(MAX_FRAMES, frames.size()))) {
                sb.append(body).append("  ").append(f).append('\n');
            }
            if (frames.size() > MAX_FRAMES) {
                sb.append(body).append("  ... ").append(frames.size() - MAX_FRAMES).append(" more\n");
            }
        }
    }

    private static String wakers(WaitEdge e) {
        if (e.waitsFor().isEmpty()) {
            return ", which no task holds or can signal";
        }
        return (WaitForState.isLock(e.kind()) ? ", held by " : ", to be signalled by ") + String.join(", ", e.waitsFor());
    }
}
