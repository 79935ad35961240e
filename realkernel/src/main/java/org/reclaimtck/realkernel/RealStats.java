package org.reclaimtck.realkernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an imported trace counts beside its events, for the report and the cross-check with the model: per
 * tracepoint ({@code include/trace/events/vmscan.h}, {@code writeback.h}, {@code block.h}, {@code oom.h}) counts
 * that the SPI's events do not carry, keyed by kernel names. Filled by the importer.
 */
public final class RealStats {
    /** Lines per event name, known and unknown. */
    public final Map<String, Long> events = new TreeMap<>();
    /** Unknown events (no mapping): counted and skipped. */
    public final Map<String, Long> unknown = new TreeMap<>();
    /** {@code CPU:n [LOST m EVENTS]} markers of trace-cmd report, summed. */
    public long lostInReport;
    public final Map<String, Long> directReclaimsByClass = new TreeMap<>();
    /** Direct reclaim latencies (begin to end, per pid), nanoseconds. */
    public final List<Long> directReclaimNanos = new ArrayList<>();
    /** {@code <shrinker> <gfp class>} -> calls (mm_shrink_slab_start). */
    public final Map<String, Long> shrinkerCalls = new TreeMap<>();
    /** {@code super_cache_scan <sb> <gfp class>} -> scan_objects calls (kprobe), and those that returned SHRINK_STOP. */
    public final Map<String, Long> superScans = new TreeMap<>();
    public final Map<String, Long> superScanStops = new TreeMap<>();
    /** Effective masks of the loop worker's allocations inside {@code loop_process_work}, as the kernel prints them. */
    public final Map<String, Long> loopWorkerMasks = new TreeMap<>();
    /** The first trace line of each loop worker mask. */
    public final Map<String, String> loopWorkerMaskLines = new TreeMap<>();
    /** Caller masks ({@code __alloc_pages} kprobe) of the same allocations. */
    public final Map<String, Long> loopWorkerCallerMasks = new TreeMap<>();
    /** Sectors of write bios queued per device ({@code block_bio_queue} with W in rwbs). */
    public final Map<String, Long> writeSectorsByDevice = new TreeMap<>();
    public long writebackWorks;
    public long reclaimWriteFolio;
    public long folioWaitWriteback;
    public long balanceDirtyPages;
    public final Map<String, Long> throttlesByReason = new TreeMap<>();
    public long throttleNanos;
    public final Map<String, Long> biosByDevice = new TreeMap<>();
    public long dmToLoopRemaps;
    public long kswapdWakes;
    public long memcgReclaims;
    public long wakeupKswapd;
    public long allocations;
    public long allocationsScoped;
    public final List<String> oomKills = new ArrayList<>();
    /** Per OOM kill: the killing task's last {@code reclaim_retry_zone} line, or none. */
    public final List<String> oomRetryZone = new ArrayList<>();
    public final List<String> phases = new ArrayList<>();
    public long dSleeps;
    public long dSleepsIo;
    public long unpairedReclaimEnds;

    static void add(Map<String, Long> m, String key, long n) {
        m.merge(key, n, Long::sum);
    }

    /** Direct-reclaim latency percentile {@code p} (0..100), nanoseconds; 0 without direct reclaim. */
    public long latencyPercentile(double p) {
        if (directReclaimNanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(directReclaimNanos);
        sorted.sort(null);
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    public long totalEvents() {
        return events.values().stream().mapToLong(Long::longValue).sum();
    }
}
