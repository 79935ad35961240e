package org.reclaimtck.ref.drivers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.block.BlockDevice;
import org.reclaimtck.spi.block.BufioClient;
import org.reclaimtck.spi.gfp.Gfp;
import org.reclaimtck.spi.mm.PageAllocator;
import org.reclaimtck.spi.part.ModuleContext;
import org.reclaimtck.spi.runtime.KernelRuntime;
import org.reclaimtck.spi.runtime.Mutex;
import org.reclaimtck.spi.runtime.Work;
import org.reclaimtck.spi.runtime.Workqueue;
import org.reclaimtck.spi.runtime.WqFlag;

/**
 * A dm-bufio client: models {@code drivers/md/dm-bufio.c}: a cache of blocks of a device, clean and dirty,
 * under the client mutex {@code c->lock}, with its own shrinker ({@link BufioShrinker}). Buffer memory
 * comes from the page allocator as K-DM-5 describes (NOWAIT under the lock, then NOIO without it, then
 * stealing a clean buffer).
 */
final class DmBufio implements BufioClient {
    /** The fix argued in the 2020 thread: the shrinker never blocks; a background worker writes dirty buffers. */
    static final String ASYNC = "async";
    /** 9d28eb12447e as merged: blocks on I/O only with __GFP_FS (K-DM-2). */
    static final String GFP_FS = "gfp-fs";
    /** v3.2, before 9d28eb12447e: blocks on I/O whenever __GFP_IO is set (K-DM-1). */
    static final String GFP_IO = "gfp-io";

    final KernelRuntime rt;
    final PageAllocator pages;
    final BlockDevice device;
    final Mutex lock;
    private final String name;
    private final int maxBuffers;
    /** LRU order: least recently used first. */
    final Map<Long, BufioBuffer> buffers = new LinkedHashMap<>();
    private final BufioShrinker shrinker;
    private final Workqueue wq;
    private final Work writeback;

    /** {@code dm_bufio_client_create} on the one device below; registers the client's shrinker. */
    DmBufio(ModuleContext ctx) {
        if (ctx.lowerDevices().size() != 1) {
            throw new IllegalArgumentException(ctx.name() + ": a dm-bufio client needs exactly one device below, got "
                    + ctx.lowerDevices().size());
        }
        this.rt = ctx.kernel().runtime();
        this.pages = ctx.kernel().pageAllocator();
        this.name = ctx.name();
        this.device = ctx.lowerDevices().get(0);
        this.maxBuffers = (int) ctx.longOption("max-buffers", 512);
        this.lock = rt.mutex(name + "->lock", "dm_bufio_client->lock");
        this.wq = rt.allocWorkqueue("dm_bufio_cache", EnumSet.of(WqFlag.WQ_MEM_RECLAIM), 1);
        this.writeback = rt.initWork(name + " write dirty", this::writeDirtyInBackground);
        this.shrinker = new BufioShrinker(this, ctx.variant());
        ctx.kernel().shrinkers().registerShrinker(shrinker);
    }

    BufioShrinker shrinker() {
        return shrinker;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Buffer newBuffer(long block) {
        lock.lock();
        try {
            return getOrAlloc(block);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Buffer read(long block) {
        boolean cached;
        BufioBuffer b;
        lock.lock();
        try {
            cached = buffers.containsKey(block);
            b = getOrAlloc(block);
        } finally {
            lock.unlock();
        }
        if (!cached) {
            device.submitBioWait(BioOp.READ, block);
        }
        return b;
    }

    /** {@code __bufio_new} under {@code c->lock}: the cached buffer, or a new one (moved to the LRU tail). */
    private BufioBuffer getOrAlloc(long block) {
        BufioBuffer b = buffers.remove(block);
        if (b == null) {
            if (buffers.size() >= maxBuffers) {
                throw new IllegalStateException(name + ": more than " + maxBuffers + " buffers");
            }
            b = new BufioBuffer(block, allocBufferPage());
        }
        buffers.put(block, b);
        b.hold++;
        return b;
    }

    /** {@code __alloc_buffer_wait_no_callback} (K-DM-5), called and returning with {@code c->lock} held. */
    private long allocBufferPage() {
        long page = pages.allocPages(Gfp.GFP_NOWAIT.or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOMEMALLOC), 0);
        if (page > 0) {
            return page;
        }
        lock.unlock();
        try {
            page = pages.allocPages(Gfp.GFP_NOIO.or(Gfp.__GFP_NORETRY).or(Gfp.__GFP_NOMEMALLOC)
                    .or(Gfp.__GFP_NOWARN), 0);
        } finally {
            lock.lock();
        }
        if (page > 0) {
            return page;
        }
        for (BufioBuffer victim : new ArrayList<>(buffers.values())) {
            if (victim.evictable() && !victim.dirty) {
                buffers.remove(victim.block);
                return victim.page;
            }
        }
        lock.unlock();
        try {
            return pages.allocPages(Gfp.GFP_NOIO, 0);
        } finally {
            lock.lock();
        }
    }

    @Override
    public void markBufferDirty(Buffer buffer) {
        lock.lock();
        try {
            ((BufioBuffer) buffer).dirty = true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void release(Buffer buffer) {
        lock.lock();
        try {
            BufioBuffer b = (BufioBuffer) buffer;
            if (b.hold <= 0) {
                throw new IllegalStateException("dm_bufio_release of an unheld buffer " + b.block + " on " + name);
            }
            b.hold--;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void writeDirtyBuffers() {
        lock.lock();
        try {
            for (BufioBuffer b : new ArrayList<>(buffers.values())) {
                if (b.dirty && !b.writing) {
                    writeAndWait(b);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** {@code __make_buffer_clean}: writes a dirty buffer and waits on it, with {@code c->lock} held. */
    void writeAndWait(BufioBuffer b) {
        b.writing = true;
        try {
            device.submitBioWait(BioOp.WRITE, b.block);
            b.dirty = false;
        } finally {
            b.writing = false;
        }
    }

    /** Queues the background writer of dirty buffers (the {@code async} variant's shrinker calls this). */
    void kickWriteback() {
        wq.queueWork(writeback);
    }

    private void writeDirtyInBackground() {
        writeDirtyBuffers();
    }

    /** Frees a buffer's memory; {@code c->lock} held. */
    void free(BufioBuffer b) {
        buffers.remove(b.block);
        pages.freePages(b.page, 0);
    }

    List<BufioBuffer> lruSnapshot() {
        return new ArrayList<>(buffers.values());
    }

    @Override
    public int cachedBuffers() {
        return buffers.size();
    }

    @Override
    public int dirtyBuffers() {
        int n = 0;
        for (BufioBuffer b : buffers.values()) {
            if (b.dirty) {
                n++;
            }
        }
        return n;
    }
}
