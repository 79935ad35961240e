package org.reclaimtck.ref.kernel;

import java.util.Map;
import org.reclaimtck.ref.block.BlockLayerCore;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.kernel.Storage;
import org.reclaimtck.spi.stack.StackSpec;

/** The realised stack of one reference kernel, looked up by the names of its {@link StackSpec}. */
final class ReferenceStorage implements Storage {
    private final StackSpec spec;
    private final BlockLayerCore block;
    private final Vfs vfs;
    private final Map<String, Object> modules;

    ReferenceStorage(StackSpec spec, BlockLayerCore block, Vfs vfs, Map<String, Object> modules) {
        this.spec = spec;
        this.block = block;
        this.vfs = vfs;
        this.modules = Map.copyOf(modules);
    }

    @Override
    public StackSpec spec() {
        return spec;
    }

    @Override
    public BlockDevice blockDevice(String name) {
        return block.device(name);
    }

    @Override
    public Vfs vfs() {
        return vfs;
    }

    @Override
    public SuperBlock superBlock(String label) {
        return vfs.superBlock(label);
    }

    @Override
    public BufioClient bufioClient(String name) {
        return module(name, BufioClient.class);
    }

    @Override
    public <T> T module(String name, Class<T> type) {
        Object m = modules.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no module '" + name + "' in this stack (have " + modules.keySet() + ")");
        }
        if (!type.isInstance(m)) {
            throw new IllegalArgumentException("module '" + name + "' is a " + m.getClass().getSimpleName() + ", not a "
                    + type.getSimpleName());
        }
        return type.cast(m);
    }
}
