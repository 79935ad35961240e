package org.reclaimtck.tck.workloads;

import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;

/** The storage stacks of the seed threads, as data any provider builds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StorageStacks {
    /** Pages of the "small machine" the deadlock cases press on: 4 MiB, min watermark 64 pages. */
    public static final long SMALL_MEMORY_PAGES = 1024;
    /** Log units of filesystem A. */
    public static final int LOG_UNITS = 16;

    private StorageStacks() {
    }

    /**
     * The 2020 thread's stack: disk {@code vda} → filesystem {@code A} → file {@code A:/loop.img} → loop
     * device {@code loop0} → dm-linear {@code dm-0} → dm-bufio client {@code bufio0}.
     */
    public static StackSpec loopStack(long diskLatencyMicros) {
        return StackSpec.builder()
                .disk("vda", 1 << 20, 32, diskLatencyMicros)
                .mkfs("A", "vda", LOG_UNITS, 512)
                .file("A", "/loop.img", 4096)
                .losetup("loop0", "A", "/loop.img")
                .dmLinear("dm-0", "loop0")
                .dmBufio("bufio0", "dm-0", 512)
                .build();
    }

    /** The machine: small memory under pressure, or ample memory (the provider's default size). */
    public static void machine(MachineSpec.Builder b, boolean pressure, long diskLatencyMicros) {
        b.memoryPages(pressure ? SMALL_MEMORY_PAGES : 0).stack(loopStack(diskLatencyMicros));
    }
}
