package org.reclaimtck.tck.suites.block;

import java.util.Map;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.MachineSpec;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.tck.api.PartsUnderTest;

/**
 * The device under test: a disk {@code vda} (queue depth 4, 100 us a request), with the selected driver type on it
 * as {@code blk0}; by default {@code vda} itself, or, where the case needs a stacking driver, the reference's
 * dm-linear {@code dm-0} on it.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class BlockStack {
    public static final String DISK = "vda";

    private BlockStack() {
    }

    /** Builds the stack; returns the name of the device under test. */
    public static String machine(MachineSpec.Builder machine, PartsUnderTest parts, boolean stacked) {
        StackSpec.Builder b = StackSpec.builder().disk(DISK, 1 << 20, 4, 100);
        String device = DISK;
        if (parts.isSelected(PartsUnderTest.BLOCK_DEVICE) && !parts.blockDevice().equals("disk")) {
            device = "blk0";
            b.blockDevice(parts.blockDevice(), device, Map.of(), DISK);
        } else if (stacked) {
            device = "dm-0";
            b.dmLinear(device, DISK);
        }
        machine.stack(b.build());
        return device;
    }
}
