package com.acme.fs;

import java.util.List;
import org.reclaimtck.spi.fs.SuperOperations;
import org.reclaimtck.spi.kernel.Variant;
import org.reclaimtck.spi.part.FileSystemType;
import org.reclaimtck.spi.part.FsContext;

/**
 * Filesystem type {@code acmefs}: models {@code struct file_system_type ext4_fs_type} and {@code ext4_fill_super}
 * ({@code fs/ext4/super.c}) of Acme's ext4-like filesystem with a jbd2 journal. Options {@code log-units} (default
 * 16) and {@code max-inodes} (default 512).
 */
public final class AcmeFsType implements FileSystemType {
    public static final String NAME = "acmefs";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Acme's ext4-like filesystem with a jbd2-style journal (fs/ext4/, fs/jbd2/)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, AcmeFs.NOFS_HANDLES, true,
                        "handles run under memalloc_nofs_save, as jbd2's start_this_handle does since 81378da64de6"),
                new Variant(NAME, AcmeFs.NO_NOFS, false,
                        "handles without a NOFS scope: GFP_KERNEL inside a handle recurses into the filesystem (S3)"));
    }

    @Override
    public SuperOperations fillSuper(FsContext ctx) {
        return new AcmeFs(ctx);
    }
}
