package org.reclaimtck.realkernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * Maps D-state sleeps ({@code kernel/sched/core.c __schedule()}, {@code sched:sched_switch} filtered on
 * {@code prev_state & 2}) and the stack its {@code stacktrace} trigger records ({@code kernel_stack} plus
 * {@code => frame} lines) to a {@code WaitBegin}: a sleep through {@code io_schedule} is an I/O wait ({@code BIO},
 * class {@code bio:io_schedule}, as no device is known), one in {@code mutex_lock} a mutex, in {@code rwsem_down_*}
 * an rwsem, in {@code wait_for_completion} a completion, a timed sleep {@code SLEEP}, else a wait queue. The sleep
 * ends ({@code Woken}) at the task's next traced event.
 */
final class SleepEvents {
    private static final Pattern SWITCH = Pattern.compile("^(.*):(\\d+) \\[(-?\\d+)\\] (\\S+) ==> ");
    private static final Pattern FRAME = Pattern.compile("^=>\\s+(\\S+)");
    private static final Set<String> SCHED = Set.of("trace_event_raw_event_sched_switch", "__traceiter_sched_switch",
            "__schedule", "schedule", "io_schedule", "schedule_timeout", "io_schedule_timeout",
            "schedule_preempt_disabled", "bit_wait_io", "__wait_on_bit", "out_of_line_wait_on_bit", "__wait_on_bit_lock",
            "out_of_line_wait_on_bit_lock", "schedule_hrtimeout_range_clock", "rwsem_down_read_slowpath",
            "rwsem_down_write_slowpath", "__mutex_lock.constprop.0", "__mutex_lock", "mutex_lock",
            "wait_for_completion", "wait_for_completion_io", "__wait_for_common", "wait_for_common_io",
            "folio_wait_bit_common");

    private record Pending(ReportLine line, String task, int pid, List<String> frames) {
    }

    private final ImportState st;
    private final Map<Integer, Pending> byCpu = new HashMap<>();
    private Pending collecting;

    SleepEvents(ImportState st) {
        this.st = st;
    }

    static List<String> events() {
        return List.of("sched_switch", "kernel_stack");
    }

    /** Every line: a frame line feeds the stack being read; anything else ends it. Returns true if consumed. */
    boolean frameOrEnd(String text) {
        if (collecting != null) {
            Matcher m = FRAME.matcher(text.trim());
            if (m.find()) {
                collecting.frames().add(m.group(1));
                return true;
            }
            finish(collecting);
            collecting = null;
        }
        return false;
    }

    void map(ReportLine l) {
        if (l.event().equals("sched_switch")) {
            Pending old = byCpu.remove(l.cpu());
            if (old != null) {
                finish(old);
            }
            Matcher m = new Fields(l).match(SWITCH);
            if (!m.group(4).startsWith("D")) {
                return;
            }
            st.stats.dSleeps++;
            int pid = Integer.parseInt(m.group(2));
            byCpu.put(l.cpu(), new Pending(l, m.group(1) + "-" + pid, pid, new ArrayList<>()));
        } else {
            collecting = byCpu.remove(l.cpu());
        }
    }

    /** The end of the trace: sleeps whose stack never came. */
    void flush() {
        if (collecting != null) {
            finish(collecting);
            collecting = null;
        }
        for (Pending p : byCpu.values()) {
            finish(p);
        }
        byCpu.clear();
    }

    private void finish(Pending p) {
        List<String> fr = p.frames();
        WaitKind kind = WaitKind.WAITQUEUE;
        if (fr.contains("io_schedule") || fr.contains("io_schedule_timeout")) {
            kind = WaitKind.BIO;
            st.stats.dSleepsIo++;
        } else if (fr.stream().anyMatch(s -> s.startsWith("__mutex_lock") || s.equals("mutex_lock"))) {
            kind = WaitKind.MUTEX;
        } else if (fr.contains("rwsem_down_write_slowpath")) {
            kind = WaitKind.RWSEM_WRITE;
        } else if (fr.contains("rwsem_down_read_slowpath")) {
            kind = WaitKind.RWSEM_READ;
        } else if (fr.stream().anyMatch(s -> s.startsWith("wait_for_completion") || s.equals("__wait_for_common"))) {
            kind = WaitKind.COMPLETION;
        } else if (fr.contains("schedule_timeout") || fr.contains("msleep")) {
            kind = WaitKind.SLEEP;
        }
        List<String> caller = fr.stream().filter(s -> !SCHED.contains(s)).limit(3).toList();
        String object = "D-sleep in " + (caller.isEmpty() ? "?" : String.join(" <- ", caller));
        String lockClass = kind == WaitKind.BIO ? "bio:io_schedule" : object;
        st.sleep(p.pid(), new TraceEvent.WaitBegin(p.line().nanos(), p.task(), kind, object, lockClass, List.of(),
                false), p.line());
    }
}
