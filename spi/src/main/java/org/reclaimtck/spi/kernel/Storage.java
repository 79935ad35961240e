package org.reclaimtck.spi.kernel;

import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.stack.StackSpec;

/** The realised storage stack of a booted kernel, looked up by the names of its {@link StackSpec}. */
public interface Storage {
    StackSpec spec();

    BlockDevice blockDevice(String name);

    SuperBlock superBlock(String label);

    /** The VFS: files to open ({@code filp_open}) and {@code sync(2)}. */
    default org.reclaimtck.spi.fs.Vfs vfs() {
        throw new UnsupportedOperationException("this kernel's storage exports no VFS");
    }

    BufioClient bufioClient(String name);

    /**
     * The instance of the module {@code name} ({@code StackSpec.Builder.module}), as its type loaded it.
     *
     * @throws IllegalArgumentException if there is no such module or it is not a {@code type}
     */
    default <T> T module(String name, Class<T> type) {
        throw new UnsupportedOperationException("this provider's stacks have no modules");
    }
}
