package org.reclaimtck.spi.part;

import java.util.List;
import org.reclaimtck.spi.block.BlockDevice;

/** What a module is loaded with: the block devices the stack names below it (a dm-bufio client's device). */
public interface ModuleContext extends PartContext {
    List<BlockDevice> lowerDevices();
}
