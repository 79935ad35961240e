package org.reclaimtck.ref.vfs;

import org.reclaimtck.ref.filemap.Mapping;
import org.reclaimtck.spi.block.BioOp;
import org.reclaimtck.spi.fs.OpenFile;

/**
 * A file opened by a kernel user: models {@code struct file} with {@code vfs_iter_read} / {@code vfs_iter_write} of
 * direct I/O ({@code fs/read_write.c}, the loop device's {@code LO_FLAGS_DIRECT_IO}); each call enters the filesystem
 * through {@code ->direct_IO}, traced by the VFS (K-LOOP-3).
 */
final class VfsFile implements OpenFile {
    private final VfsSuper sb;
    private final String path;

    VfsFile(VfsSuper sb, String path) {
        this.sb = sb;
        this.path = path;
    }

    @Override
    public void read(long block, int blocks) {
        io(BioOp.READ, "read_iter ", block, blocks);
    }

    @Override
    public void write(long block, int blocks) {
        io(BioOp.WRITE, "write_iter ", block, blocks);
    }

    private void io(BioOp op, String entry, long block, int blocks) {
        sb.call(entry + path, () -> {
            Mapping mapping = sb.mapping(path);
            mapping.aops().directIo(mapping, op, block, blocks);
            return null;
        });
    }

    @Override
    public void writeBuffered(long index, int pages) {
        sb.writeback().writeBuffered(path, index, pages);
    }

    @Override
    public void fsync() {
        sb.call("fsync " + path, () -> {
            sb.writeback().writeAndWait(sb.mapping(path));
            return null;
        });
    }

    @Override
    public String describe() {
        return sb.id() + ":" + path;
    }
}
