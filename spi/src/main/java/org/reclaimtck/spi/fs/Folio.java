package org.reclaimtck.spi.fs;

/** A page-cache folio of one page: models {@code struct folio} ({@code include/linux/mm_types.h}) and its flags. */
public interface Folio {
    AddressSpace mapping();

    /** The page index in the file. */
    long index();

    /** {@code PG_uptodate}. */
    boolean isUptodate();

    /** {@code PG_dirty}. */
    boolean isDirty();

    /** {@code PG_writeback}. */
    boolean isWriteback();
}
