package org.reclaimtck.spi.block;

/** Flags of {@code bioset_init}: models {@code enum { BIOSET_NEED_BVECS, BIOSET_NEED_RESCUER, ... }} of {@code include/linux/bio.h}. */
public enum BiosetFlag {
    /**
     * The set gets a {@code WQ_MEM_RECLAIM} workqueue named {@code bioset} that submits bios punted to it by
     * {@code bio_alloc_bioset} (K-BIO-2, K-BIO-4): what a driver needs that allocates a second bio from the set while
     * the first still waits on {@code current->bio_list}.
     */
    BIOSET_NEED_RESCUER
}
