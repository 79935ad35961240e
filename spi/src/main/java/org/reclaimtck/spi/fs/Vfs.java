package org.reclaimtck.spi.fs;

/** The VFS's services to other parts: mounted super blocks and opened files ({@code fs/namei.c}, {@code fs/open.c}). */
public interface Vfs {
    /** The mounted filesystem labelled {@code label}. */
    SuperBlock superBlock(String label);

    /** {@code filp_open}: the file {@code path} on filesystem {@code label}, created if missing. */
    OpenFile open(String label, String path);

    /** {@code sync(2)}: every dirty folio of every mounted filesystem written and its writeback ended on return. */
    default void sync() {
        throw new UnsupportedOperationException("sync is not implemented by " + getClass().getName());
    }
}
