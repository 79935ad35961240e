package org.reclaimtck.ref.vfs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaimtck.ref.filemap.PageCacheCore;
import org.reclaimtck.ref.runtime.SimRuntime;
import org.reclaimtck.ref.writeback.Writeback;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.fs.OpenFile;
import org.reclaimtck.spi.fs.SuperBlock;
import org.reclaimtck.spi.fs.Vfs;
import org.reclaimtck.spi.mm.PageAllocator;

/**
 * The VFS of one kernel: models the mount table, {@code filp_open} and {@code sync} ({@code fs/super.c},
 * {@code fs/namespace.c}, {@code fs/sync.c}).
 */
public final class VfsCore implements Vfs {
    private final SimRuntime rt;
    private final PageAllocator pages;
    private final PageCacheCore pageCache;
    private final Writeback writeback;
    private final Map<String, VfsSuper> mounts = new LinkedHashMap<>();

    public VfsCore(SimRuntime rt, PageAllocator pages, PageCacheCore pageCache, Writeback writeback) {
        this.rt = rt;
        this.writeback = writeback;
        this.pages = pages;
        this.pageCache = pageCache;
    }

    /** {@code alloc_super}: a super block for {@code label}; the caller mounts it with the type's {@code fill_super}. */
    public VfsSuper allocSuper(String label, String type, BlockDevice device) {
        VfsSuper sb = new VfsSuper(rt, label, type, device, pages, pageCache, writeback);
        if (mounts.putIfAbsent(label, sb) != null) {
            throw new IllegalArgumentException("filesystem " + label + " is mounted already");
        }
        writeback.register(device.name(), sb.writeback());
        return sb;
    }

    /** True if a filesystem labelled {@code label} is mounted. */
    public boolean isMounted(String label) {
        return mounts.containsKey(label);
    }

    @Override
    public SuperBlock superBlock(String label) {
        return mounted(label);
    }

    @Override
    public OpenFile open(String label, String path) {
        return new VfsFile(mounted(label), path);
    }

    /** {@code ksys_sync}: wakes the flushers ({@code WB_REASON_SYNC}), then syncs every mounted filesystem. */
    @Override
    public void sync() {
        writeback.wakeupFlusherThreads("sync");
        for (VfsSuper sb : mounts.values()) {
            sb.writeback().syncFs();
        }
    }

    private VfsSuper mounted(String label) {
        VfsSuper sb = mounts.get(label);
        if (sb == null) {
            throw new IllegalArgumentException("no filesystem '" + label + "' mounted (have " + mounts.keySet() + ")");
        }
        return sb;
    }
}
