package org.reclaimtck.tck.providers;

import java.util.Set;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.task.MemallocScope;
import org.reclaimtck.spi.task.PfFlag;
import org.reclaimtck.spi.task.ScopeOrderViolation;
import org.reclaimtck.spi.task.Task;

/**
 * Accepts out-of-order memalloc_*_restore() silently, as mainline include/linux/sched/mm.h does: the
 * reference's ScopeOrderViolation is swallowed by the scope token.
 */
public final class SilentScopesProvider extends ForwardingProvider {
    public SilentScopesProvider() {
        super("silent-scopes");
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        KernelRuntime runtime = new ForwardingRuntime(kernel.runtime()) {
            @Override
            public Task current() {
                return new SilentTask(delegate.current());
            }
        };
        return new ForwardingKernel(kernel) {
            @Override
            public KernelRuntime runtime() {
                return runtime;
            }
        };
    }

    /** A task whose scope tokens swallow ordering errors. */
    private record SilentTask(Task task) implements Task {
        @Override
        public String comm() {
            return task.comm();
        }

        @Override
        public int pid() {
            return task.pid();
        }

        @Override
        public Set<PfFlag> flags() {
            return task.flags();
        }

        @Override
        public MemallocScope memallocNofsSave() {
            return new SilentScope(task.memallocNofsSave());
        }

        @Override
        public MemallocScope memallocNoioSave() {
            return new SilentScope(task.memallocNoioSave());
        }

        @Override
        public MemallocScope memallocNoreclaimSave() {
            return new SilentScope(task.memallocNoreclaimSave());
        }

        @Override
        public MemallocScope memallocPinSave() {
            return new SilentScope(task.memallocPinSave());
        }

        @Override
        public Gfp currentGfpContext(Gfp gfp) {
            return task.currentGfpContext(gfp);
        }

        @Override
        public Object journalInfo() {
            return task.journalInfo();
        }

        @Override
        public void setJournalInfo(Object transaction) {
            task.setJournalInfo(transaction);
        }
    }

    /** memalloc_*_restore() that never complains. */
    private record SilentScope(MemallocScope scope) implements MemallocScope {
        @Override
        public PfFlag flag() {
            return scope.flag();
        }

        @Override
        public String saveName() {
            return scope.saveName();
        }

        @Override
        public String savedAt() {
            return scope.savedAt();
        }

        @Override
        public void close() {
            try {
                scope.close();
            } catch (ScopeOrderViolation ignored) {
                // accepted silently
            }
        }
    }
}
