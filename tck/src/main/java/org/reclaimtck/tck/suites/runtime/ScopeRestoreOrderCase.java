package org.reclaimtck.tck.suites.runtime;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.Outcome;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.ScopeOrderViolation;
import org.reclaimtck.spi.task.Task;
import org.reclaimtck.tck.api.CaseRun;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;
import org.reclaimtck.tck.rules.RuleIds;

/**
 * SCOPE-1: memalloc_nofs_save(), then memalloc_noio_save(), then memalloc_nofs_restore() first: the restore is
 * not of the innermost scope. The provider must throw ScopeOrderViolation naming both call sites, and the run
 * must end as an implementation error of the task.
 */
@TckCase(suite = "runtime", id = "scope-restore-order", rules = RuleIds.SCOPE_1,
        requires = {Capability.RUNTIME, Capability.TASK_SCOPES}, judgesAbnormalEnds = true)
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ScopeRestoreOrderCase implements KernelCase {
    private volatile String noioSavedAt;
    private volatile ScopeOrderViolation thrown;

    @Override
    public void workload(Kernel kernel) {
        KernelRuntime rt = kernel.runtime();
        kernel.spawn("kworker", () -> {
            Task current = rt.current();
            MemallocScope nofs = current.memallocNofsSave();
            MemallocScope noio = current.memallocNoioSave();
            noioSavedAt = noio.savedAt();
            try {
                nofs.close();
            } catch (ScopeOrderViolation v) {
                thrown = v;
                throw v;
            }
            noio.close();
        });
    }

    @Override
    public void check(CaseRun run) {
        ScopeOrderViolation v = thrown;
        run.require(v != null, () -> "memalloc_nofs_restore() ran while memalloc_noio_save() (at " + noioSavedAt
                + ") was still open, and no ScopeOrderViolation was thrown: the restore was accepted silently");
        run.require(noioSavedAt.equals(v.innermostSavedAt()), () -> "the ScopeOrderViolation names "
                + v.innermostSavedAt() + " as the innermost scope's save site instead of memalloc_noio_save() at "
                + noioSavedAt);
        run.require(v.restoredAt() != null && !v.restoredAt().isBlank() && !v.restoredAt().equals(noioSavedAt),
                () -> "the ScopeOrderViolation does not name the restore's call site: '" + v.restoredAt() + "'");
        run.require(v.getMessage().contains(v.restoredAt()) && v.getMessage().contains(v.innermostSavedAt()),
                () -> "the ScopeOrderViolation message does not name both call sites: " + v.getMessage());
        run.require(run.outcome() instanceof Outcome.ImplementationError e && e.task().equals("kworker")
                && e.exception().contains(ScopeOrderViolation.class.getSimpleName()), () -> "the ScopeOrderViolation"
                + " escaped task kworker, but the run ended " + run.outcome().kind() + " instead of an implementation"
                + " error of kworker");
    }
}
