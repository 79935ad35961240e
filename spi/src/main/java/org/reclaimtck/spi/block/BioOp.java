package org.reclaimtck.spi.block;

/** The operation of a bio: models {@code enum req_op} ({@code include/linux/blk_types.h}). */
public enum BioOp {
    READ,
    WRITE
}
