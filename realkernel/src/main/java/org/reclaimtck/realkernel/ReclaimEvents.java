package org.reclaimtck.realkernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reclaimtck.spi.reclaim.ShrinkControl;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * Maps {@code mm/vmscan.c}'s reclaim tracepoints ({@code include/trace/events/vmscan.h}) and the kprobes on
 * {@code fs/super.c super_cache_scan} (entry: superblock, gfp, nr_to_scan; return: freed or SHRINK_STOP) to the
 * SPI's reclaim events. Direct reclaim begin/end pair per pid; {@code mm_shrink_slab_start/end} bracket one
 * {@code do_shrink_slab()}; a {@code super_cache_scan} call that did not return SHRINK_STOP took {@code s_umount} and
 * pruned the superblock's dentries and inodes, so it is a filesystem entry ({@code FsEnter}/{@code FsLeave}) inside
 * the shrinker's reclaim context. Without the kprobes, a {@code super_cache_scan} bracket whose
 * {@code mm_shrink_slab_end} reports freed objects stands for that entry.
 */
final class ReclaimEvents {
    private static final Pattern SLAB_START = Pattern.compile(
            "^(\\S+?)(?:\\+0x[0-9a-f]+(?:/0x[0-9a-f]+)?)?\\s+(\\S+): nid: (-?\\d+) objects to shrink (-?\\d+) gfp_flags (\\S+)"
                    + " cache items (\\d+) delta (\\d+) total_scan (\\d+) priority (-?\\d+)");
    private static final Pattern SLAB_END = Pattern.compile(
            "^(\\S+?)(?:\\+0x[0-9a-f]+(?:/0x[0-9a-f]+)?)?\\s+(\\S+): nid: (-?\\d+) unused scan count (-?\\d+) new scan count"
                    + " (-?\\d+) total_scan (-?\\d+) last shrinker return val (-?\\d+)");
    private static final Pattern SB = Pattern.compile("sb=\"([^\"]*)\"");

    /** One open {@code do_shrink_slab()} of a task, and its {@code super_cache_scan} calls seen by the kprobes. */
    private static final class SlabCall {
        final String shrinker;
        final String shr;
        final long gfp;
        int probedCalls;
        boolean lastStop;

        SlabCall(String shrinker, String shr, long gfp) {
            this.shrinker = shrinker;
            this.shr = shr;
            this.gfp = gfp;
        }
    }

    private record ScanEntry(ReportLine line, String sb, long gfp) {
    }

    private final ImportState st;
    private final Map<Integer, Long> reclaimBegin = new HashMap<>();
    private final Map<Integer, Deque<SlabCall>> slab = new HashMap<>();
    private final Map<Integer, Deque<ScanEntry>> scans = new HashMap<>();

    ReclaimEvents(ImportState st) {
        this.st = st;
    }

    static List<String> events() {
        return new ArrayList<>(List.of("mm_vmscan_direct_reclaim_begin", "mm_vmscan_direct_reclaim_end",
                "mm_vmscan_kswapd_wake", "mm_vmscan_kswapd_sleep", "mm_vmscan_wakeup_kswapd", "mm_shrink_slab_start",
                "mm_shrink_slab_end", "mm_vmscan_throttled", "mm_vmscan_write_folio", "mm_vmscan_lru_shrink_inactive",
                "super_cache_scan", "super_cache_scan_ret", "mm_vmscan_memcg_reclaim_begin",
                "mm_vmscan_memcg_reclaim_end"));
    }

    void map(ReportLine l) {
        Fields f = new Fields(l);
        switch (l.event()) {
            case "mm_vmscan_direct_reclaim_begin" -> {
                long g = st.gfp.bits(f.word("gfp_flags="));
                RealStats.add(st.stats.directReclaimsByClass, st.gfp.gfpClass(g), 1);
                reclaimBegin.put(l.pid(), l.nanos());
                st.lastReclaimGfp.put(l.pid(), g);
                st.emit(new TraceEvent.DirectReclaimBegin(l.nanos(), l.task(), st.gfp.spi(g),
                        (int) f.number("order=")), l, true);
            }
            case "mm_vmscan_direct_reclaim_end" -> {
                long n = f.number("nr_reclaimed=");
                Long begin = reclaimBegin.remove(l.pid());
                if (begin == null) {
                    st.stats.unpairedReclaimEnds++;
                    return;
                }
                st.stats.directReclaimNanos.add(l.nanos() - begin);
                st.emit(new TraceEvent.DirectReclaimEnd(l.nanos(), l.task(), n), l, false);
            }
            case "mm_vmscan_kswapd_wake" -> {
                st.stats.kswapdWakes++;
                st.emit(new TraceEvent.KswapdWake(l.nanos(), l.task(), (int) f.number("nid="), (int) f.number("order=")),
                        l, false);
            }
            case "mm_vmscan_kswapd_sleep" ->
                    st.emit(new TraceEvent.KswapdSleep(l.nanos(), l.task(), (int) f.number("nid=")), l, false);
            case "mm_vmscan_wakeup_kswapd" -> {
                st.gfp.bits(f.word("gfp_flags="));
                st.stats.wakeupKswapd++;
            }
            case "mm_shrink_slab_start" -> slabStart(l, f);
            case "mm_shrink_slab_end" -> slabEnd(l, f);
            case "mm_vmscan_throttled" -> throttled(l, f);
            case "mm_vmscan_write_folio" -> st.stats.reclaimWriteFolio++;
            case "mm_vmscan_memcg_reclaim_begin" -> {
                st.lastReclaimGfp.put(l.pid(), st.gfp.bits(f.word("gfp_flags=")));
                st.stats.memcgReclaims++;
                st.lastRetryZone.put(l.pid(), ""); // a memcg OOM follows memcg reclaim, not should_reclaim_retry()
            }
            case "mm_vmscan_memcg_reclaim_end" -> f.number("nr_reclaimed=");
            case "super_cache_scan" -> scanEntry(l, f);
            case "super_cache_scan_ret" -> scanReturn(l, f);
            default -> {
                // mm_vmscan_lru_shrink_inactive: counted only
            }
        }
    }

    private void slabStart(ReportLine l, Fields f) {
        Matcher m = f.match(SLAB_START);
        long g = st.gfp.bits(m.group(5));
        SlabCall c = new SlabCall(m.group(1), m.group(2), g);
        slab.computeIfAbsent(l.pid(), k -> new ArrayDeque<>()).push(c);
        RealStats.add(st.stats.shrinkerCalls, c.shrinker + " " + st.gfp.gfpClass(g), 1);
        st.emit(new TraceEvent.ShrinkerScanBegin(l.nanos(), l.task(), c.shrinker,
                new ShrinkControl(st.gfp.spi(g), Integer.parseInt(m.group(3)), Long.parseLong(m.group(8)), null)),
                l, true);
    }

    private void slabEnd(ReportLine l, Fields f) {
        Matcher m = f.match(SLAB_END);
        Deque<SlabCall> open = slab.get(l.pid());
        if (open == null || open.isEmpty()) {
            return; // tracing began inside this do_shrink_slab()
        }
        SlabCall c = open.pop();
        long freed = Long.parseLong(m.group(7));
        if (c.shrinker.equals("super_cache_scan") && c.probedCalls == 0 && freed > 0) {
            String sb = "sb@" + c.shr;
            String op = "super_cache_scan freed=" + freed + " gfp=" + st.gfp.text(c.gfp);
            st.emit(new TraceEvent.FsEnter(l.nanos(), l.task(), sb, op), l, true);
            st.emit(new TraceEvent.FsLeave(l.nanos(), l.task(), sb, op), l, false);
        }
        st.emit(new TraceEvent.ShrinkerScanEnd(l.nanos(), l.task(), c.shrinker, c.lastStop ? -1 : freed), l, false);
    }

    private void scanEntry(ReportLine l, Fields f) {
        Matcher m = f.match(SB);
        scans.computeIfAbsent(l.pid(), k -> new ArrayDeque<>())
                .push(new ScanEntry(l, m.group(1), f.number("gfp=")));
    }

    private void scanReturn(ReportLine l, Fields f) {
        long freed = f.number("freed=");
        Deque<ScanEntry> open = scans.get(l.pid());
        if (open == null || open.isEmpty()) {
            return;
        }
        ScanEntry e = open.pop();
        String key = "super_cache_scan " + e.sb + " " + st.gfp.gfpClass(e.gfp);
        RealStats.add(st.stats.superScans, key, 1);
        Deque<SlabCall> calls = slab.get(l.pid());
        SlabCall c = calls == null ? null : calls.peek();
        if (c != null) {
            c.probedCalls++;
            c.lastStop = freed == -1;
        }
        if (freed == -1) {
            RealStats.add(st.stats.superScanStops, key, 1);
            return;
        }
        String op = "super_cache_scan freed=" + freed + " gfp=" + st.gfp.text(e.gfp);
        int at = st.emit(new TraceEvent.FsEnter(l.nanos(), l.task(), e.sb, op), l, true);
        st.openedBy(at, e.line);
        st.emit(new TraceEvent.FsLeave(l.nanos(), l.task(), e.sb, op), l, false);
    }

    /** {@code reclaim_throttle()} traces after the sleep, with how long it slept: begin is that much earlier. */
    private void throttled(ReportLine l, Fields f) {
        long delayed = f.number(f.has("usect_delayed=") ? "usect_delayed=" : "usec_delayed=") * 1000;
        String reason = f.word("reason=");
        RealStats.add(st.stats.throttlesByReason, reason, 1);
        st.stats.throttleNanos += delayed;
        st.emit(new TraceEvent.ThrottleBegin(l.nanos() - delayed, l.task(), reason), l, true);
        st.emit(new TraceEvent.ThrottleEnd(l.nanos(), l.task(), reason), l, false);
    }
}
