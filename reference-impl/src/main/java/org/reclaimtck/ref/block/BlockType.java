package org.reclaimtck.ref.block;

import java.util.List;
import org.reclaimtck.spi.kernel.PartType;
import org.reclaimtck.spi.kernel.Variant;

/**
 * Part type {@value #NAME}: the reference kernel's block layer ({@code block/bio.c}, {@code block/blk-core.c}), whose
 * bio sets are selectable, e.g. {@code -Dreclaimtck.variant=block:bioset-no-rescuer}.
 */
public final class BlockType implements PartType {
    public static final String NAME = "block";
    public static final String BIOSET_RESCUER = "bioset-rescuer";
    public static final String BIOSET_NO_RESCUER = "bioset-no-rescuer";
    public static final String BIOSET_NO_RESERVE = "bioset-no-reserve";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the block layer: bios, bio sets and current->bio_list (block/bio.c, block/blk-core.c)";
    }

    @Override
    public List<Variant> variants() {
        return List.of(
                new Variant(NAME, BIOSET_RESCUER, true, "bioset_init with BIOSET_NEED_RESCUER starts a WQ_MEM_RECLAIM"
                        + " rescuer; bio_alloc_bioset under submit_bio_noacct first tries without direct reclaim and"
                        + " punts the set's bios on current->bio_list to it (K-BIO-2, K-BIO-4)"),
                new Variant(NAME, BIOSET_NO_RESCUER, false, "bio sets have no rescuer, as before the kernel punted bios"
                        + " (2012): a driver that splits a bio into several from one set waits, with the reserve"
                        + " empty, for bios that sit on its own current->bio_list (S9)"),
                new Variant(NAME, BIOSET_NO_RESERVE, false, "bioset_init ignores pool_size: a bio set keeps no bios in"
                        + " reserve (min_nr 0), so when page allocation fails a bio waits for memory instead of for a"
                        + " bio that completes (S9)"));
    }
}
