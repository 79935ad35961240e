package org.reclaimtck.spi.block;

import java.util.Set;

/**
 * A set of bios backed by a mempool: models {@code struct bio_set} of {@code include/linux/bio.h} and
 * {@code bioset_init} of {@code block/bio.c} (K-BIO-2..4). Made by {@code BlockLayer.biosetInit}; bios come from it by
 * {@code BlockLayer.bioAllocBioset} and {@code BlockLayer.bioSplit}, and go back to its pool when they end.
 */
public interface Bioset {
    /** The set's name, also its mempool's and the class its elements are traced under, e.g. {@code md->bs(dm-0)}. */
    String name();

    /** {@code pool_size}: bios the set keeps in reserve ({@code min_nr} of its mempool). */
    int poolSize();

    /** The flags the set was made with; {@link BiosetFlag#BIOSET_NEED_RESCUER} if it has a rescuer. */
    Set<BiosetFlag> flags();
}
