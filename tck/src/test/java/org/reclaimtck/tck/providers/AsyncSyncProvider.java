package org.reclaimtck.tck.providers;

import java.util.List;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.kernel.Kernel;
import org.reclaimtck.spi.kernel.Storage;
import org.reclaimtck.spi.stack.StackPart;
import org.reclaimtck.spi.stack.StackSpec;
import org.reclaimtck.spi.trace.TraceEvent;

/**
 * A kernel whose {@code sync(2)} only starts writeback and returns at once, as POSIX permits and Linux before 1.3.20
 * did: it fsyncs nothing and waits for nothing, so dirty data is not on the disk when sync returns (FP-4).
 */
public final class AsyncSyncProvider extends ForwardingProvider {
    public AsyncSyncProvider() {
        super("async-sync");
    }

    @Override
    protected Kernel wrap(Kernel kernel) {
        Storage inner = kernel.storage();
        List<String> mounted = inner.spec().parts().stream().filter(p -> p.role() == StackPart.Role.FILESYSTEM)
                .map(StackPart::name).toList();
        Vfs vfs = new Vfs() {
            @Override
            public SuperBlock superBlock(String label) {
                return inner.vfs().superBlock(label);
            }

            @Override
            public OpenFile open(String label, String path) {
                return inner.vfs().open(label, path);
            }

            @Override
            public void sync() {
                // traced like the reference's sync of each filesystem, but returns before any writeback
                for (String label : mounted) {
                    long now = kernel.runtime().clock().nanos();
                    String task = kernel.runtime().current().comm();
                    kernel.runtime().trace(new TraceEvent.FsEnter(now, task, label, "sync"));
                    kernel.runtime().trace(new TraceEvent.FsLeave(now, task, label, "sync"));
                }
            }
        };
        Storage storage = new Storage() {
            @Override
            public StackSpec spec() {
                return inner.spec();
            }

            @Override
            public BlockDevice blockDevice(String name) {
                return inner.blockDevice(name);
            }

            @Override
            public SuperBlock superBlock(String label) {
                return inner.superBlock(label);
            }

            @Override
            public Vfs vfs() {
                return vfs;
            }

            @Override
            public BufioClient bufioClient(String name) {
                return inner.bufioClient(name);
            }
        };
        return new ForwardingKernel(kernel) {
            @Override
            public Storage storage() {
                return storage;
            }
        };
    }
}
