package org.reclaimtck.tck.oracles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * Replays a trace and reports every place where a task broke the recursion rules of its reclaim context:
 * it entered a filesystem in reclaim whose mask lacks {@code __GFP_FS}, waited on a bio in reclaim whose mask
 * lacks {@code __GFP_IO}, entered direct reclaim while already in reclaim (PF_MEMALLOC), or asked for an
 * allocation that may enter filesystem reclaim while holding a transaction. Works on any provider's trace.
 */
public final class RecursionScopeOracle {
    /** What each check found, in trace order, as kernel engineers would word it. */
    public static final class Findings {
        public final List<String> fsEntryWithoutFs = new ArrayList<>();
        public final List<String> ioWaitWithoutIo = new ArrayList<>();
        public final List<String> nestedReclaim = new ArrayList<>();
        public final List<String> fsAllocationInTransaction = new ArrayList<>();
    }

    private static final class TaskState {
        final ArrayDeque<String> reclaimWhat = new ArrayDeque<>();
        final ArrayDeque<Gfp> reclaimGfp = new ArrayDeque<>();
        int pfMemalloc;
        final List<String> transactions = new ArrayList<>();
    }

    private RecursionScopeOracle() {
    }

    public static Findings judge(RunResult result) {
        Findings f = new Findings();
        Map<String, TaskState> tasks = new HashMap<>();
        for (TraceEvent e : result.trace()) {
            TaskState t = tasks.computeIfAbsent(e.task(), k -> new TaskState());
            if (e instanceof TraceEvent.DirectReclaimBegin) {
                TraceEvent.DirectReclaimBegin d = (TraceEvent.DirectReclaimBegin) e;
                if (t.pfMemalloc > 0 || !t.reclaimGfp.isEmpty() || isKswapd(e.task())) {
                    f.nestedReclaim.add(at(e) + e.task() + " entered direct reclaim (gfp_flags=" + d.gfp() + ") while"
                            + " already in reclaim" + (t.reclaimWhat.isEmpty() ? " (PF_MEMALLOC)" : ": "
                            + String.join(" -> ", t.reclaimWhat)));
                }
                t.reclaimWhat.push("direct reclaim (" + d.gfp() + ")");
                t.reclaimGfp.push(d.gfp());
            } else if (e instanceof TraceEvent.DirectReclaimEnd) {
                pop(t);
            } else if (e instanceof TraceEvent.ShrinkerScanBegin) {
                TraceEvent.ShrinkerScanBegin s = (TraceEvent.ShrinkerScanBegin) e;
                t.reclaimWhat.push(s.shrinker() + " scan_objects (" + s.control().gfpMask() + ")");
                t.reclaimGfp.push(s.control().gfpMask());
            } else if (e instanceof TraceEvent.ShrinkerScanEnd) {
                pop(t);
            } else if (e instanceof TraceEvent.ScopeSaved) {
                if (((TraceEvent.ScopeSaved) e).flag().equals("PF_MEMALLOC")) {
                    t.pfMemalloc++;
                }
            } else if (e instanceof TraceEvent.ScopeRestored) {
                if (((TraceEvent.ScopeRestored) e).flag().equals("PF_MEMALLOC")) {
                    t.pfMemalloc--;
                }
            } else if (e instanceof TraceEvent.FsEnter) {
                TraceEvent.FsEnter fe = (TraceEvent.FsEnter) e;
                if (!t.reclaimGfp.isEmpty() && !t.reclaimGfp.peek().allowsFs()) {
                    f.fsEntryWithoutFs.add(at(e) + e.task() + " entered filesystem " + fe.superBlock() + " ("
                            + fe.operation() + ") inside " + t.reclaimWhat.peek() + ", which lacks __GFP_FS");
                }
            } else if (e instanceof TraceEvent.WaitBegin) {
                TraceEvent.WaitBegin w = (TraceEvent.WaitBegin) e;
                if (w.kind() == WaitKind.BIO && !t.reclaimGfp.isEmpty() && !t.reclaimGfp.peek().allowsIo()) {
                    f.ioWaitWithoutIo.add(at(e) + e.task() + " waited for bio " + w.object() + " inside "
                            + t.reclaimWhat.peek() + ", which lacks __GFP_IO");
                }
            } else if (e instanceof TraceEvent.LockAcquired) {
                TraceEvent.LockAcquired l = (TraceEvent.LockAcquired) e;
                if (l.kind() == LockKind.TRANSACTION) {
                    t.transactions.add(l.object());
                }
            } else if (e instanceof TraceEvent.LockReleased) {
                TraceEvent.LockReleased l = (TraceEvent.LockReleased) e;
                if (l.kind() == LockKind.TRANSACTION) {
                    t.transactions.remove(l.object());
                }
            } else if (e instanceof TraceEvent.AllocRequested) {
                TraceEvent.AllocRequested a = (TraceEvent.AllocRequested) e;
                Gfp eff = a.effectiveGfp();
                if (!t.transactions.isEmpty() && eff.allowsBlocking() && eff.allowsFs()) {
                    f.fsAllocationInTransaction.add(at(e) + e.task() + " allocated with gfp=" + a.callerGfp()
                            + " (effective " + eff + ") while holding transaction "
                            + String.join(", ", t.transactions) + ": reclaim may re-enter the filesystem");
                }
            }
        }
        return f;
    }

    /** kswapd's comm is {@code kswapd<nid>}, as in the kernel. */
    static boolean isKswapd(String comm) {
        return comm.startsWith("kswapd");
    }

    private static void pop(TaskState t) {
        if (!t.reclaimGfp.isEmpty()) {
            t.reclaimGfp.pop();
            t.reclaimWhat.pop();
        }
    }

    private static String at(TraceEvent e) {
        long micros = e.time() / 1000;
        return String.format(java.util.Locale.ROOT, "[%d.%06d] ", micros / 1_000_000, micros % 1_000_000);
    }
}
