package org.reclaimtck.ref.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The state of every task, one line each, as {@code echo t > /proc/sysrq-trigger} would show it. */
final class TaskDump {
    private TaskDump() {
    }

    /** Safe (best effort) from any thread: reads a snapshot of the task list. */
    static String describe(List<SimTask> tasks, SimTask running, long nowNanos) {
        StringBuilder sb = new StringBuilder("tasks at " + formatTime(nowNanos) + ":\n");
        for (Object o : Arrays.asList(tasks.toArray())) {
            SimTask t = (SimTask) o;
            BlockInfo b = t.blockedOn;
            sb.append(String.format(Locale.ROOT, "  %-16s pid %-3d %-9s", t.comm(), t.pid(),
                    t == running && t.state == SimTask.State.RUNNABLE ? "RUNNING" : t.state.name()));
            if (b != null) {
                sb.append(b.idle ? " idle in " : " in ").append(b.kind.label()).append(' ').append(b.object);
            }
            String ctx = t.context();
            if (!ctx.isEmpty()) {
                sb.append(" [").append(ctx).append(']');
            }
            if (!t.held.isEmpty()) {
                sb.append(" holds ").append(String.join(", ", t.heldNames()));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    static String formatTime(long nanos) {
        long micros = nanos / 1000;
        return String.format(Locale.ROOT, "%d.%06d s", micros / 1_000_000, micros % 1_000_000);
    }
}
