package org.reclaimtck.spi.block;

import java.util.Collection;
import java.util.List;
import org.reclaimtck.spi.task.Task;

/**
 * What a block driver implements: models {@code struct block_device_operations}' {@code submit_bio} of a bio-based
 * driver ({@code include/linux/blkdev.h}). The block layer traces the submission, then calls {@link #submitBio} in
 * the submitter's context; the driver finishes the bio later with {@code BlockLayer.bioEndio}, inline, from its own
 * kthread or worker, from a timer (an interrupt), or when a bio it sent further down completes.
 */
public interface BlockDeviceOperations {
    /** {@code ->submit_bio}: takes the bio; must not wait for it in the submitter's context unless the driver is synchronous. */
    void submitBio(Bio bio);

    /**
     * The tasks whose progress completes this device's bios (a loop device's worker), so a stalled bio wait can be
     * explained as waiting for them. Used only to draw wait-for chains; it never changes a verdict's kind of
     * evidence. Empty (the default) for devices completed by interrupts or by the device below.
     */
    default Collection<? extends Task> completers() {
        return List.of();
    }
}
