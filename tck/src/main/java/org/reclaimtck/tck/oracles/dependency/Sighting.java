package org.reclaimtck.tck.oracles.dependency;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Where a dependency was first seen: models the stack trace lockdep saves with each {@code lock_list} entry,
 * as a trace position instead of a stack.
 *
 * @param position the 0-based index of the event in the trace
 * @param time     its virtual time in nanoseconds
 * @param task     the task it happened in
 * @param event    the event as the trace renders it
 * @param context  what the task held, e.g. {@code holding io_reclaim, dm_bufio_client->lock}, or which completion
 *                 it was working towards, e.g. {@code completing bio #12 on dm-0 submitted at [...] by kswapd0}
 * @param sourceAt where the task took the dependency's source class (an event as rendered), or empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Sighting(int position, long time, String task, String event, String context, String sourceAt) {
    /** {@code [    0.015000]}, as the trace and dmesg print times. */
    public String stamp() {
        return stamp(time);
    }

    static String stamp(long nanos) {
        long micros = nanos / 1000;
        return String.format(Locale.ROOT, "[%5d.%06d]", micros / 1_000_000, micros % 1_000_000);
    }
}
