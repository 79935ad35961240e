package org.reclaimtck.ref.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.spi.block.Bio;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BiosetFlag;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.block.BlockLayer;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.LockKind;
import org.reclaimtck.spi.trace.TraceEvent;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * Bio sets on a 4 MiB machine: {@code dd} writes 16 sectors directly to {@code dm-1} (max I/O 8) on {@code dm-0}
 * (max I/O 1, 4 bios in reserve) on {@code vda}, once with memory to spare and once after {@code memhog} took every
 * page the fast path gives. The steps of {@code bio_alloc_bioset} (K-BIO-2), {@code current->bio_list} (K-BIO-1) and
 * the rescuer (K-BIO-4) are read from the trace.
 */
class BiosetTest {
    static final String POOL = "md->bs(dm-0)";

    private static RunResult run(String variant, Consumer<Kernel> workload) {
        MachineSpec.Builder b = MachineSpec.builder().seed(1).memoryPages(1024).timeBudgetSecs(30)
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100)
                        .blockDevice("dm-linear", "dm-0", Map.of("max-io-sectors", "1", "reserved-bios", "4"), "vda")
                        .blockDevice("dm-linear", "dm-1", Map.of("max-io-sectors", "8"), "dm-0").build());
        if (variant != null) {
            b.variant(BlockType.NAME, variant);
        }
        Kernel k = new ReferenceKernelProvider().boot(b.build());
        workload.accept(k);
        return k.run();
    }

    private static void writeTwiceSecondUnderPressure(Kernel k, List<Integer> status) {
        BlockDevice dm1 = k.storage().blockDevice("dm-1");
        k.spawn("dd", () -> {
            status.add(dm1.submitBioWait(BioOp.WRITE, 0, 16));
            while (k.pageAllocator().allocPages(Gfp.GFP_NOWAIT, 0) >= 0) {
                // memhog's part: take everything the fast path gives, so every bio comes from a reserve
            }
            status.add(dm1.submitBioWait(BioOp.WRITE, 16, 16));
        });
    }

    private static <T extends TraceEvent> List<T> events(RunResult r, Class<T> type) {
        return r.trace().stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    @Test
    void underPressureTheSplitterPuntsItsQueuedBiosToTheRescuerAndCompletes() {
        List<Integer> status = new ArrayList<>();
        RunResult r = run(null, k -> writeTwiceSecondUnderPressure(k, status));

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(status).containsExactly(0, 0);
        List<TraceEvent.MempoolAlloc> dm0 = events(r, TraceEvent.MempoolAlloc.class).stream()
                .filter(a -> a.pool().equals(POOL)).collect(Collectors.toList());
        assertThat(dm0).as("16 clones of one sector on dm-0, plus the NULLs of the tries without direct reclaim")
                .filteredOn(a -> a.element() >= 0).hasSize(32);
        assertThat(dm0).as("with bios on current->bio_list the first try has no __GFP_DIRECT_RECLAIM (K-BIO-2)")
                .filteredOn(a -> a.element() < 0).isNotEmpty()
                .allSatisfy(a -> assertThat(a.gfp().has(Gfp.__GFP_DIRECT_RECLAIM)).isFalse());
        assertThat(events(r, TraceEvent.WorkQueued.class)).extracting(TraceEvent.WorkQueued::workqueue)
                .contains("bioset:" + POOL);
        assertThat(events(r, TraceEvent.WorkExecute.class)).as("punted bios are passed on by the rescuer")
                .anySatisfy(w -> assertThat(w.work()).isEqualTo("bio_alloc_rescue " + POOL));
        assertThat(events(r, TraceEvent.BioCompleted.class)).hasSize(events(r, TraceEvent.BioSubmitted.class).size());
        assertThat(events(r, TraceEvent.AllocRequested.class)).as("no bio needs the no-watermark reserves (S9)")
                .filteredOn(a -> a.callerGfp().has(Gfp.__GFP_NORETRY))
                .isNotEmpty().allSatisfy(a -> assertThat(a.callerGfp().has(Gfp.__GFP_NOMEMALLOC)).isTrue())
                .noneSatisfy(a -> assertThat(a.effectiveGfp().has(Gfp.__GFP_MEMALLOC)).isTrue());
    }

    @Test
    void withoutARescuerTheSplitterWaitsForElementsHeldByBiosOnItsOwnBioList() {
        RunResult r = run(BlockType.BIOSET_NO_RESCUER, k -> writeTwiceSecondUnderPressure(k, new ArrayList<>()));

        assertThat(r.outcome().kind()).isNotEqualTo(OutcomeKind.COMPLETED);
        TraceEvent.WaitBegin last = events(r, TraceEvent.WaitBegin.class).stream().filter(w -> w.task().equals("dd"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.kind()).isEqualTo(WaitKind.MEMPOOL);
        assertThat(last.lockClass()).isEqualTo(POOL);
        assertThat(last.holders()).as("the only task that can give an element back is dd itself").containsExactly("dd");
        assertThat(events(r, TraceEvent.LockAcquired.class)).filteredOn(l -> l.kind() == LockKind.MEMPOOL_ELEMENT
                && l.lockClass().equals(POOL) && l.task().equals("dd")).last()
                .satisfies(l -> assertThat(l.object()).matches("bio #\\d+ on vda \\(#\\d+ of md->bs\\(dm-0\\)\\)"));
        assertThat(events(r, TraceEvent.WorkQueued.class)).extracting(TraceEvent.WorkQueued::workqueue)
                .noneMatch(w -> w.startsWith("bioset:"));
    }

    @Test
    void bioSplitChainsTheSplitToTheRestWhichEndsLastWithTheFirstError() {
        List<String> seen = new ArrayList<>();
        MachineSpec spec = MachineSpec.builder().seed(1).register(new SplitterType(seen))
                .stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100)
                        .blockDevice("splitter", "sp0", Map.of(), "vda").build()).build();
        Kernel k = new ReferenceKernelProvider().boot(spec);
        k.spawn("dd", () -> seen.add("status " + k.storage().blockDevice("sp0").submitBioWait(BioOp.WRITE, 100, 8)));
        assertThat(k.run().outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        assertThat(seen).containsExactly("split 100+3 rest 103+5", "split ended", "status -5");
    }

    @Test
    void biosetInitRefusesANameInUse() {
        MachineSpec spec = MachineSpec.builder().seed(1).stack(StackSpec.builder().disk("vda", 1 << 20, 32, 100)
                .dmLinear("dm-0", "vda").blockDevice("dm-linear", "dm-0x", Map.of(), "vda").build()).build();
        assertThatThrownBy(() -> new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).stack(
                StackSpec.builder().disk("vda", 1 << 20, 32, 100).blockDevice("splitter", "sp0", Map.of(), "vda")
                        .blockDevice("splitter", "sp1", Map.of(), "vda").build())
                .register(new SplitterType(new ArrayList<>())).build()))
                .hasMessageContaining("bioset_init: a bio set needs a name not in use (split_bs)");
        assertThat(new ReferenceKernelProvider().boot(spec).run().outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
    }

    /** A driver that splits 3 sectors off each bio, ends the split with -EIO and the rest with success. */
    private record SplitterType(List<String> seen) implements BlockDriverType {
        @Override
        public String name() {
            return "splitter";
        }

        @Override
        public String description() {
            return "splits off 3 sectors";
        }

        @Override
        public BlockDeviceOperations probe(BlockDriverContext ctx) {
            BlockLayer block = ctx.kernel().blockLayer();
            var bs = block.biosetInit("split_bs", 2, EnumSet.noneOf(BiosetFlag.class));
            return bio -> {
                Bio split = block.bioSplit(bio, 3, Gfp.GFP_NOIO, bs);
                seen.add("split " + split.sector() + "+" + split.sectors() + " rest " + bio.sector() + "+"
                        + bio.sectors());
                split.setEndIo(s -> seen.add("split ended"));
                block.bioEndio(split, -5);
                block.bioEndio(bio, 0);
            };
        }
    }
}
