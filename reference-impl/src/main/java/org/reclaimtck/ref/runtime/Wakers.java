package org.reclaimtck.ref.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.reclaimtck.spi.task.Task;

/** The declared wakers of a completion or wait queue ({@code Waitable.wokenBy}), for wait-for reports. */
final class Wakers {
    private Supplier<? extends Collection<? extends Task>> source;

    void set(Supplier<? extends Collection<? extends Task>> wakers) {
        this.source = wakers;
    }

    List<SimTask> get() {
        if (source == null) {
            return List.of();
        }
        Collection<? extends Task> ts = source.get();
        List<SimTask> out = new ArrayList<>(ts == null ? 0 : ts.size());
        if (ts != null) {
            for (Task t : ts) {
                if (t instanceof SimTask) {
                    out.add((SimTask) t);
                }
            }
        }
        return out;
    }
}
