package org.reclaimtck.tck.suites.shrinker;

import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.PartsUnderTest;
import org.reclaimtck.tck.workloads.StorageStacks;

/**
 * The loop stack of the seed threads ({@link StorageStacks#loopStack}) with the shrinker owner under test on top:
 * the reference's dm-bufio client {@code bufio0} on {@code dm-0}, or a module of the selected type named
 * {@code shrinker0} on {@code dm-0} and filesystem {@code A}.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ShrinkerStack {
    /** The name of a selected module type's instance. */
    public static final String MODULE = "shrinker0";

    private ShrinkerStack() {
    }

    public static void machine(MachineSpec.Builder machine, PartsUnderTest parts, long pages, long latencyMicros) {
        StackSpec.Builder b = StackSpec.builder()
                .disk("vda", 1 << 20, 32, latencyMicros)
                .mkfs("A", "vda", StorageStacks.LOG_UNITS, 512)
                .file("A", "/loop.img", 4096)
                .losetup("loop0", "A", "/loop.img")
                .dmLinear("dm-0", "loop0");
        if (isDefault(parts)) {
            b.dmBufio("bufio0", "dm-0", 512);
        } else {
            b.module(parts.shrinker(), MODULE, Map.of(), "dm-0", "A");
        }
        machine.memoryPages(pages).stack(b.build());
    }

    /** True if the shrinker owner is the reference's dm-bufio client. */
    public static boolean isDefault(PartsUnderTest parts) {
        return parts.shrinker().equals(PartsUnderTest.DEFAULT_SHRINKER);
    }
}
