package org.reclaimtck.realkernel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Maps the page allocator ({@code mm/page_alloc.c}), the OOM killer ({@code mm/oom_kill.c},
 * {@code include/trace/events/oom.h}) and the loop worker ({@code drivers/block/loop.c}): the kprobe on
 * {@code __alloc_pages} gives the caller's mask at entry, {@code kmem:mm_page_alloc} at the end of the same call the
 * mask after {@code current_gfp_context()} (the memalloc scopes); they pair per pid as a stack (an allocation may
 * nest inside reclaim). {@code oom:mark_victim} is an {@code OomKill} by the task whose allocation is in flight, with
 * that allocation's mask. The loop worker is the task inside {@code loop_process_work} (kprobe entry/return) or a
 * {@code loop_*workfn} work item.
 */
final class AllocEvents {
    private record Pending(long caller, long effective) {
    }

    private final ImportState st;
    private final AllocPairing pairing;
    private final Map<Integer, Deque<Pending>> inFlight = new HashMap<>();
    private final Set<Integer> inLoopWork = new HashSet<>();

    AllocEvents(ImportState st, AllocPairing pairing) {
        this.st = st;
        this.pairing = pairing;
    }

    static List<String> events() {
        return List.of("alloc_pages_caller", "mm_page_alloc", "mark_victim", "reclaim_retry_zone", "loop_work_begin",
                "loop_work_end", "workqueue_execute_start", "workqueue_execute_end");
    }

    void map(ReportLine l) {
        Fields f = new Fields(l);
        switch (l.event()) {
            case "alloc_pages_caller" -> {
                long caller = f.number("gfp=");
                long eff = pairing.effective(l.line(), caller);
                inFlight.computeIfAbsent(l.pid(), k -> new ArrayDeque<>()).push(new Pending(caller, eff));
                st.stats.allocations++;
                if (eff != caller) {
                    st.stats.allocationsScoped++;
                }
                st.emit(new TraceEvent.AllocRequested(l.nanos(), l.task(), st.gfp.spi(caller), st.gfp.spi(eff),
                        (int) f.number("order="), List.of()), l, false);
            }
            case "mm_page_alloc" -> pageAlloc(l, f);
            case "mark_victim" -> {
                String victim = f.word("comm=") + "-" + f.number("pid=");
                Deque<Pending> d = inFlight.get(l.pid());
                Gfp g = d == null || d.isEmpty() ? st.gfp.spi(st.lastReclaimGfp.getOrDefault(l.pid(), 0L))
                        : st.gfp.spi(d.peek().effective());
                st.stats.oomKills.add(l.task() + " killed " + victim + " (gfp " + g + ")");
                st.stats.oomRetryZone.add(st.lastRetryZone.getOrDefault(l.pid(), ""));
                st.emit(new TraceEvent.OomKill(l.nanos(), l.task(), victim, g), l, true);
            }
            case "reclaim_retry_zone" -> {
                f.number("reclaimable=");
                st.lastRetryZone.put(l.pid(), "line " + l.line() + ": " + l.body());
            }
            case "loop_work_begin" -> inLoopWork.add(l.pid());
            case "loop_work_end" -> inLoopWork.remove(l.pid());
            case "workqueue_execute_start", "workqueue_execute_end" -> work(l, f);
            default -> throw new IllegalStateException(l.event());
        }
    }

    private void pageAlloc(ReportLine l, Fields f) {
        long eff = st.gfp.bits(f.word("gfp_flags="));
        int order = (int) f.number("order=");
        boolean ok = !f.word("page=").equals("(nil)");
        Deque<Pending> d = inFlight.get(l.pid());
        Pending p = d == null || d.isEmpty() ? null : d.pop();
        if (inLoopWork.contains(l.pid())) {
            RealStats.add(st.stats.loopWorkerMasks, st.gfp.text(eff), 1);
            st.stats.loopWorkerMaskLines.putIfAbsent(st.gfp.text(eff), "line " + l.line() + ": " + l.text().strip());
            if (p != null) {
                RealStats.add(st.stats.loopWorkerCallerMasks, st.gfp.text(p.caller()), 1);
            }
        }
        if (p != null) {
            st.emit(new TraceEvent.AllocReturned(l.nanos(), l.task(), st.gfp.spi(eff), order, ok), l, false);
        }
    }

    /** {@code work struct 0x..: function loop_rootcg_workfn}: the worker runs the loop device's commands. */
    private void work(ReportLine l, Fields f) {
        String fn = f.word("function");
        boolean start = l.event().equals("workqueue_execute_start");
        if (start || fn.startsWith("loop_") && fn.endsWith("workfn")) {
            inLoopWork.remove(l.pid()); // a work item begins or loop's ends: not inside loop_process_work
        }
        st.emit(new TraceEvent.WorkExecute(l.nanos(), l.task(), "", fn, start), l, false);
    }

    /** True while {@code pid} runs loop commands (for the loop worker's masks). */
    boolean inLoopWork(int pid) {
        return inLoopWork.contains(pid);
    }
}
