package org.reclaimtck.realkernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * The importer's state while it reads one report: the events made so far with their source lines, the lines worth
 * quoting, the statistics, and per task what the kernel's {@code task_struct} would say that the trace shows only once
 * (kswapd's {@code PF_MEMALLOC | PF_KSWAPD}, set in {@code mm/vmscan.c kswapd()} before tracing began; a D-state
 * sleep that ends at the task's next event).
 */
final class ImportState {
    final KernelGfp gfp;
    final RealStats stats = new RealStats();
    final List<TraceEvent> events = new ArrayList<>();
    private int[] lines = new int[1024];
    final Map<Integer, Integer> openedAt = new HashMap<>();
    final Map<Integer, String> quotable = new HashMap<>();
    private final Set<Integer> kswapdMarked = new HashSet<>();
    /** pid -> the D-state wait it is in (ends at its next event). */
    private final Map<Integer, TraceEvent.WaitBegin> sleeping = new HashMap<>();
    /** pid -> kernel mask of its last direct reclaim (an OOM kill's mask when no allocation of it was traced). */
    final Map<Integer, Long> lastReclaimGfp = new HashMap<>();
    /** pid -> its last {@code reclaim_retry_zone} line, or empty after memcg reclaim. */
    final Map<Integer, String> lastRetryZone = new HashMap<>();
    long lastNanos;

    ImportState(KernelGfp gfp) {
        this.gfp = gfp;
    }

    /** Called for every event line before it is mapped: kswapd's flags, the end of a D-state sleep. */
    void touch(ReportLine l) {
        lastNanos = Math.max(lastNanos, l.nanos());
        if (l.comm().startsWith("kswapd") && kswapdMarked.add(l.pid())) {
            // kswapd(): tsk->flags |= PF_MEMALLOC | PF_SWAPWRITE | PF_KSWAPD, for the thread's life
            emit(new TraceEvent.TaskFlagChanged(l.nanos(), l.task(), PfFlag.PF_MEMALLOC.name(), true), l, false);
            emit(new TraceEvent.TaskFlagChanged(l.nanos(), l.task(), PfFlag.PF_KSWAPD.name(), true), l, false);
        }
        TraceEvent.WaitBegin w = sleeping.remove(l.pid());
        if (w != null) {
            emit(new TraceEvent.Woken(l.nanos(), w.task(), w.object(), "sched"), l, false);
        }
    }

    void sleep(int pid, TraceEvent.WaitBegin w, ReportLine l) {
        emit(w, l, true);
        sleeping.put(pid, w);
    }

    /** Appends {@code e} made from {@code l}; {@code quote} keeps the line's text for verdicts. */
    int emit(TraceEvent e, ReportLine l, boolean quote) {
        int index = events.size();
        events.add(e);
        if (index == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[index] = l.line();
        if (quote) {
            quotable.put(l.line(), l.text());
        }
        return index;
    }

    /** Marks event {@code index} as opened by the earlier line {@code opener} (an entry probe), quoting it. */
    void openedBy(int index, ReportLine opener) {
        openedAt.put(index, opener.line());
        quotable.put(opener.line(), opener.text());
    }

    ImportedTrace result() {
        return new ImportedTrace(events, Arrays.copyOf(lines, events.size()), openedAt, quotable, stats, lastNanos);
    }
}
