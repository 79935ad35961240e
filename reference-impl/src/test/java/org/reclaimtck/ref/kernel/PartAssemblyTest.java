package org.reclaimtck.ref.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDeviceOperations;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.kernel.OutcomeKind;
import org.reclaimtck.spi.kernel.RunResult;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.BlockDriverContext;
import org.reclaimtck.spi.part.BlockDriverType;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;

/** A part of one's own in the reference kernel: found by name, stacked under the reference's parts, traced by the kernel. */
class PartAssemblyTest {
    /** vda -> passthru0 (the test's driver) -> xfs A -> A:/loop.img -> loop0 -> dm-0. */
    private static StackSpec stackOnPassthru() {
        return StackSpec.builder()
                .disk("vda", 1 << 20, 32, 100)
                .blockDevice("passthru", "passthru0", Map.of(), "vda")
                .mkfs("A", "passthru0", 16, 64)
                .file("A", "/loop.img", 1024)
                .losetup("loop0", "A", "/loop.img")
                .dmLinear("dm-0", "loop0")
                .build();
    }

    private static Kernel boot(BlockDriverType driver, StackSpec stack) {
        return new ReferenceKernelProvider().boot(MachineSpec.builder().seed(1).register(driver).stack(stack).build());
    }

    @Test
    void aUsersDriverSitsUnderTheReferenceFilesystemLoopAndDmAndTheKernelTracesItsBios() {
        Kernel k = boot(new PassthroughDriver(false), stackOnPassthru());
        k.spawn("dd", () -> k.storage().blockDevice("dm-0").submitBioWait(BioOp.WRITE, 7));
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.COMPLETED);
        List<String> queued = r.trace().stream().filter(TraceEvent.BioSubmitted.class::isInstance)
                .map(e -> ((TraceEvent.BioSubmitted) e).device()).distinct().collect(Collectors.toList());
        assertThat(queued).containsExactly("dm-0", "loop0", "passthru0", "vda");
        assertThat(r.trace()).filteredOn(TraceEvent.BioCompleted.class::isInstance)
                .map(e -> (TraceEvent.BioCompleted) e).filteredOn(c -> c.device().equals("passthru0"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.task()).isEqualTo("passthru0_worker"));
    }

    @Test
    void aSecondBioEndioIsTheDriversBugAndEndsTheRunNamingIt() {
        Kernel k = boot(new PassthroughDriver(true), stackOnPassthru());
        k.spawn("dd", () -> k.storage().blockDevice("passthru0").submitBioWait(BioOp.WRITE, 7));
        RunResult r = k.run();

        assertThat(r.outcome().kind()).isEqualTo(OutcomeKind.IMPLEMENTATION_ERROR);
        assertThat(r.outcome().toString()).contains("bio_endio of bio #").contains("a second time");
    }

    @Test
    void anUnknownTypeNamesTheKnownOnesOfItsKind() {
        StackSpec stack = StackSpec.builder().disk("vda", 1024, 1, 100).blockDevice("zram", "zram0", Map.of()).build();
        assertThatThrownBy(() -> new ReferenceKernelProvider().boot(MachineSpec.builder().stack(stack).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no part type 'zram' for block device zram0")
                .hasMessageContaining("known block drivers: disk, loop, dm-linear");
    }

    @Test
    void aFilesystemTypeUsedAsABlockDriverIsRefused() {
        StackSpec stack = StackSpec.builder().disk("vda", 1024, 1, 100).blockDevice("xfs", "x0", Map.of(), "vda")
                .build();
        assertThatThrownBy(() -> new ReferenceKernelProvider().boot(MachineSpec.builder().stack(stack).build()))
                .hasMessageContaining("part type 'xfs' for block device x0 is not a block driver");
    }

    @Test
    void aSecondTypeOfAReferenceNameIsAClash() {
        BlockDriverType fakeLoop = new BlockDriverType() {
            @Override
            public String name() {
                return "loop";
            }

            @Override
            public BlockDeviceOperations probe(BlockDriverContext ctx) {
                throw new AssertionError("never probed");
            }
        };
        assertThatThrownBy(() -> new ReferenceKernelProvider().boot(MachineSpec.builder().register(fakeLoop).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("part type 'loop' is registered twice: org.reclaimtck.ref.drivers.LoopType and");
    }

    @Test
    void variantsOfAUsersTypeAreCheckedAndSelectable() {
        BlockDriverType twoDefaults = new BlockDriverType() {
            @Override
            public String name() {
                return "acme";
            }

            @Override
            public List<Variant> variants() {
                return List.of(new Variant("acme", "a", true, "a"), new Variant("acme", "b", true, "b"));
            }

            @Override
            public BlockDeviceOperations probe(BlockDriverContext ctx) {
                throw new AssertionError("never probed");
            }
        };
        assertThatThrownBy(() -> new ReferenceKernelProvider().boot(MachineSpec.builder().register(twoDefaults).build()))
                .hasMessageContaining("part type 'acme'").hasMessageContaining("has 2 default variants");
        assertThatThrownBy(() -> new ReferenceKernelProvider().boot(MachineSpec.builder().variant("md", "x").build()))
                .hasMessage("unknown part 'md' (parts with variants: xfs, loop, dm-bufio, vmscan, writeback, oom, gfp-policy, memcg, mempool, rcu, block)");
    }

    @Test
    void theProviderListsTheVariantsOfEveryTypeItFinds() {
        assertThat(new ReferenceKernelProvider().variants()).extracting(Variant::part).containsOnly("xfs", "loop",
                "dm-bufio", "vmscan", "writeback", "oom", "gfp-policy", "memcg", "mempool", "rcu", "block");
        BlockDriverType acme = new BlockDriverType() {
            @Override
            public String name() {
                return "acme";
            }

            @Override
            public List<Variant> variants() {
                return List.of(new Variant("acme", "fixed", true, "f"), new Variant("acme", "buggy", false, "b"));
            }

            @Override
            public BlockDeviceOperations probe(BlockDriverContext ctx) {
                throw new AssertionError("never probed");
            }
        };
        assertThat(ReferenceKernelProvider.withParts("acme-on-reference", acme).variants()).extracting(Variant::part)
                .contains("acme", "xfs");
    }
}
