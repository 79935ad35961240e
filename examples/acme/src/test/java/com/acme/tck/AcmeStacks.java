package com.acme.tck;

import java.util.Map;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * The stack Acme's cases run on, the kit's loop stack with Acme's parts under and beside it: disk {@code vda} →
 * {@code acmeblk0} (acmeblk) → filesystem {@code A} (acmefs, or the reference's xfs) → {@code A:/loop.img} →
 * {@code loop0} → {@code dm-0} (dm-linear) → dm-bufio {@code bufio0}, and the record cache {@code acme0}
 * (acme-cache) of A. The names are the kit's, so its workloads ({@code StorageScenarios}, {@code StorageTasks}) run
 * on it unchanged.
 */
public final class AcmeStacks {
    public static final String CACHE = "acme0";

    private AcmeStacks() {
    }

    public static StackSpec acmeStack(String fsType) {
        return StackSpec.builder()
                .disk("vda", 1 << 20, 32, 100)
                .blockDevice("acmeblk", "acmeblk0", Map.of(), "vda")
                .mkfs(fsType, "A", "acmeblk0", Map.of("log-units", String.valueOf(StorageStacks.LOG_UNITS),
                        "max-inodes", "512"))
                .file("A", "/loop.img", 4096)
                .losetup("loop0", "A", "/loop.img")
                .dmLinear("dm-0", "loop0")
                .dmBufio("bufio0", "dm-0", 512)
                .module("acme-cache", CACHE, Map.of(), "A")
                .build();
    }

    /** The acmefs stack, under pressure (the kit's small machine) or on ample memory. */
    public static void machine(MachineSpec.Builder b, boolean pressure) {
        b.memoryPages(pressure ? StorageStacks.SMALL_MEMORY_PAGES : 0).stack(acmeStack("acmefs"));
    }
}
