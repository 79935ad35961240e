package org.reclaimtck.spi.part;

import java.util.List;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.OpenFile;

/** What a block driver is created with: the devices below it, or the file it serves (a loop device). */
public interface BlockDriverContext extends PartContext {
    /** The block devices named below this one, in the stack's order; empty for a disk or a loop device. */
    List<BlockDevice> lowerDevices();

    /**
     * The file named below this device ({@code fs:path}, opened as {@code loop_configure} opens its backing file).
     *
     * @throws IllegalStateException if the stack names no file below this device
     */
    OpenFile lowerFile();

    /** The handle other parts see of the device being created, e.g. to declare its own completers. */
    BlockDevice device();
}
