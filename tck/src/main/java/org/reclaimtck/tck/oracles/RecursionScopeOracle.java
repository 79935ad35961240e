package org.reclaimtck.tck.oracles;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;
import org.reclaimtck.tck.oracles.model.ReclaimContext;
import org.reclaimtck.tck.oracles.model.TaskModel;
import org.reclaimtck.tck.oracles.model.TraceModel;
import org.reclaimtck.tck.oracles.model.TraceVisitor;

/**
 * Reads the shared {@link TraceModel} at each event and reports every place where a task broke the recursion rules
 * of its reclaim context: it entered a filesystem in reclaim whose mask lacks {@code __GFP_FS}, waited on a bio in
 * reclaim whose mask lacks {@code __GFP_IO}, entered direct reclaim while already in reclaim (PF_MEMALLOC, or
 * kswapd: PF_KSWAPD), or asked for an allocation that may enter filesystem reclaim while holding a transaction.
 * Works on any provider's trace.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RecursionScopeOracle {
    /** What each check found, in trace order, as kernel engineers would word it. */
    public static final class Findings implements TraceVisitor {
        public final List<String> fsEntryWithoutFs = new ArrayList<>();
        public final List<String> ioWaitWithoutIo = new ArrayList<>();
        public final List<String> nestedReclaim = new ArrayList<>();
        public final List<String> fsAllocationInTransaction = new ArrayList<>();

        @Override
        public void before(int position, TraceEvent e, TraceModel model) {
            if (e instanceof TraceEvent.TaskSpawned) {
                return;
            }
            TaskModel t = model.taskOf(e);
            if (e instanceof TraceEvent.DirectReclaimBegin d) {
                nested(t, d);
            } else if (e instanceof TraceEvent.FsEnter fe) {
                t.innermostReclaim().filter(r -> !r.gfp().allowsFs()).ifPresent(r -> fsEntryWithoutFs.add(at(e)
                        + e.task() + " entered filesystem " + fe.superBlock() + " (" + fe.operation() + ") inside "
                        + r.describe() + ", which lacks __GFP_FS"));
            } else if (e instanceof TraceEvent.WaitBegin w && w.kind() == WaitKind.BIO) {
                t.innermostReclaim().filter(r -> !r.gfp().allowsIo()).ifPresent(r -> ioWaitWithoutIo.add(at(e)
                        + e.task() + " waited for bio " + w.object() + " inside " + r.describe()
                        + ", which lacks __GFP_IO"));
            } else if (e instanceof TraceEvent.AllocRequested a) {
                Gfp eff = a.effectiveGfp();
                List<String> transactions = t.transactions();
                if (!transactions.isEmpty() && eff.allowsBlocking() && eff.allowsFs()) {
                    fsAllocationInTransaction.add(at(e) + e.task() + " allocated with gfp=" + a.callerGfp()
                            + " (effective " + eff + ") while holding transaction " + String.join(", ", transactions)
                            + ": reclaim may re-enter the filesystem");
                }
            }
        }

        private void nested(TaskModel t, TraceEvent.DirectReclaimBegin d) {
            List<ReclaimContext> in = t.reclaim();
            if (t.has(PfFlag.PF_MEMALLOC) || !in.isEmpty() || t.kswapd()) {
                List<String> innermostFirst = new ArrayList<>();
                for (int i = in.size() - 1; i >= 0; i--) {
                    innermostFirst.add(in.get(i).describe());
                }
                nestedReclaim.add(at(d) + d.task() + " entered direct reclaim (gfp_flags=" + d.gfp() + ") while"
                        + " already in reclaim" + (in.isEmpty() ? " (PF_MEMALLOC)"
                        : ": " + String.join(" -> ", innermostFirst)));
            }
        }
    }

    private RecursionScopeOracle() {
    }

    public static Findings judge(RunResult result) {
        Findings f = new Findings();
        TraceModel.walk(result.trace(), f);
        return f;
    }

    private static String at(TraceEvent e) {
        long micros = e.time() / 1000;
        return String.format(java.util.Locale.ROOT, "[%d.%06d] ", micros / 1_000_000, micros % 1_000_000);
    }
}
