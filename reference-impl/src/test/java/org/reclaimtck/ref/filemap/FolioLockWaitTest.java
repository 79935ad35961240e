package org.reclaimtck.ref.filemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.fs.AddressSpace;
import org.reclaimtck.spi.fs.AddressSpaceOperations;
import org.reclaimtck.spi.fs.Folio;
import org.reclaimtck.spi.fs.Inode;
import org.reclaimtck.spi.fs.SuperOperations;
import org.reclaimtck.spi.fs.WritebackControl;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.part.FileSystemType;
import org.reclaimtck.spi.part.FsContext;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/** {@code folio_lock} on a folio another task holds is a traced wait on the named folio, class PG_locked (K-VMSCAN-1). */
class FolioLockWaitTest {
    /** A filesystem whose {@code ->dirty_folio} sleeps 5 ms: the writer holds the folio lock meanwhile. */
    private static final class SlowDirtyFs implements FileSystemType, SuperOperations, AddressSpaceOperations {
        private KernelRuntime rt;

        @Override
        public String name() {
            return "slowdirty";
        }

        @Override
        public SuperOperations fillSuper(FsContext ctx) {
            rt = ctx.kernel().runtime();
            return this;
        }

        @Override
        public AddressSpaceOperations addressSpaceOperations() {
            return this;
        }

        @Override
        public void evictInode(Inode inode) {
        }

        @Override
        public void readFolio(Folio folio) {
        }

        @Override
        public long writepages(AddressSpace mapping, WritebackControl wbc) {
            return 0;
        }

        @Override
        public boolean dirtyFolio(AddressSpace mapping, Folio folio) {
            rt.msleep(5);
            return !folio.isDirty();
        }

        @Override
        public void directIo(AddressSpace mapping, BioOp op, long index, int blocks) {
        }
    }

    @Test
    void aSecondWriterWaitsForTheFolioLockAsATracedMutexWait() {
        Kernel k = new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).register(new SlowDirtyFs())
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100).mkfs("slowdirty", "A", "vda", Map.of())
                        .build()).build());
        k.spawn("w1", () -> k.storage().vfs().open("A", "/f").writeBuffered(0, 1));
        k.spawn("w2", () -> {
            k.runtime().msleep(1);
            k.storage().vfs().open("A", "/f").writeBuffered(0, 1);
        });
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(r.trace()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TraceEvent.WaitBegin.class, w -> {
            assertThat(w.task()).isEqualTo("w2");
            assertThat(w.kind()).isEqualTo(WaitKind.MUTEX);
            assertThat(w.object()).isEqualTo("folio A:/f index 0 PG_locked");
            assertThat(w.lockClass()).isEqualTo("PG_locked");
        }));
        assertThat(r.trace()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TraceEvent.Woken.class, w -> {
            assertThat(w.task()).isEqualTo("w2");
            assertThat(w.by()).isEqualTo("w1");
        }));
        assertThat(r.trace()).filteredOn(e -> e instanceof TraceEvent.WritebackDirtyFolio).hasSize(1);
    }
}
