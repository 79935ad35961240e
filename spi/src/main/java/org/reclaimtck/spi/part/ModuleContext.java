package org.reclaimtck.spi.part;

import java.util.List;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.SuperBlock;

/** What a module is loaded with: what the stack names below it, block devices and mounted filesystems. */
public interface ModuleContext extends PartContext {
    /** The block devices below, in order (a dm-bufio client's device). */
    List<BlockDevice> lowerDevices();

    /** The filesystems below, in order (a cache of a filesystem's objects); calls through them enter the fs. */
    List<SuperBlock> lowerFilesystems();
}
