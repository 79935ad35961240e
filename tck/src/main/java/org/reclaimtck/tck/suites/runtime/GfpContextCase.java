package org.reclaimtck.tck.suites.runtime;

import static org.reclaimtck.spi.gfp.Gfp.GFP_ATOMIC;
import static org.reclaimtck.spi.gfp.Gfp.GFP_KERNEL;
import static org.reclaimtck.spi.gfp.Gfp.GFP_NOFS;
import static org.reclaimtck.spi.gfp.Gfp.GFP_NOIO;
import static org.reclaimtck.spi.gfp.Gfp.__GFP_NOFAIL;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * SCOPE-2: current_gfp_context() under no scope, memalloc_nofs_save(), memalloc_noio_save(), both nested in
 * either order, and after each restore.
 */
@TckCase(suite = "runtime", id = "gfp-context", rules = RuleIds.SCOPE_2,
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES})
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class GfpContextCase implements KernelCase {
    private static final int PROBES = 12;
    private final List<String> mismatches = new CopyOnWriteArrayList<>();
    private volatile int observed;

    @Override
    public void workload(Kernel kernel) {
        kernel.spawn("ctx", () -> {
            Task t = kernel.runtime().current();
            expect(t, "no scope", GFP_KERNEL, GFP_KERNEL);
            MemallocScope nofs = t.memallocNofsSave();
            expect(t, "memalloc_nofs_save()", GFP_KERNEL, GFP_NOFS);
            expect(t, "memalloc_nofs_save()", GFP_KERNEL.or(__GFP_NOFAIL), GFP_NOFS.or(__GFP_NOFAIL));
            expect(t, "memalloc_nofs_save()", GFP_NOIO, GFP_NOIO);
            expect(t, "memalloc_nofs_save()", GFP_ATOMIC, GFP_ATOMIC);
            MemallocScope noio = t.memallocNoioSave();
            expect(t, "memalloc_nofs_save(); memalloc_noio_save()", GFP_KERNEL, GFP_NOIO);
            noio.close();
            expect(t, "memalloc_nofs_save(); memalloc_noio_save(); memalloc_noio_restore()", GFP_KERNEL, GFP_NOFS);
            nofs.close();
            expect(t, "every scope restored", GFP_KERNEL, GFP_KERNEL);
            MemallocScope noio2 = t.memallocNoioSave();
            expect(t, "memalloc_noio_save()", GFP_KERNEL.or(__GFP_NOFAIL), GFP_NOIO.or(__GFP_NOFAIL));
            MemallocScope nofs2 = t.memallocNofsSave();
            expect(t, "memalloc_noio_save(); memalloc_nofs_save()", GFP_KERNEL, GFP_NOIO);
            nofs2.close();
            expect(t, "memalloc_noio_save(); memalloc_nofs_save(); memalloc_nofs_restore()", GFP_KERNEL, GFP_NOIO);
            noio2.close();
            expect(t, "every scope restored", GFP_KERNEL, GFP_KERNEL);
        });
    }

    private void expect(Task t, String scopes, Gfp gfp, Gfp expected) {
        Gfp actual = t.currentGfpContext(gfp);
        observed++;
        if (!actual.equals(expected)) {
            mismatches.add("under " + scopes + ": current_gfp_context(" + gfp + ") = " + actual + ", expected "
                    + expected);
        }
    }

    @Override
    public void check(CaseRun run) {
        run.require(run.outcome().kind() == OutcomeKind.COMPLETED && observed == PROBES, () -> "task ctx did not finish"
                + " its " + PROBES + " current_gfp_context() probes (" + observed + " done); the run ended "
                + run.outcome().kind());
        run.require(mismatches.isEmpty(), () -> mismatches.size() + " current_gfp_context() result"
                + (mismatches.size() == 1 ? "" : "s") + " wrong:\n" + mismatches.stream().collect(Collectors.joining("\n")));
    }
}
